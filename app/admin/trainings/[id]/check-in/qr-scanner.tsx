"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

/** The Shape Detection API's detector (Chrome and Edge on Android, macOS, ChromeOS); not in every browser's types yet. */
interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const detectorClass = (): DetectorClass | undefined => (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** The check-in code in what a QR code says: the link of a confirmation (…/check-in?code=X) or the bare code. */
export function codeFromQr(raw: string): string {
  try {
    return new URL(raw).searchParams.get("code")?.trim() || raw.trim();
  } catch {
    return raw.trim();
  }
}

const noSubscription = () => () => {};
const canScan = () => !!detectorClass() && !!navigator.mediaDevices?.getUserMedia;

/** One read of the same code counts; the camera keeps seeing it while the phone is held up. */
const SAME_CODE_PAUSE_MS = 4000;

/**
 * Reads confirmations' QR codes with the phone's camera, one person after another, where
 * the browser can (BarcodeDetector); elsewhere nothing is shown and the code field and
 * the phone's own camera app (which opens the QR link) still work.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations("trainings.admin.scanner");
  // false on the server and at hydration, then what the browser can do.
  const supported = useSyncExternalStore(noSubscription, canScan, () => false);
  const [state, setState] = useState<"off" | "starting" | "on" | "denied">("off");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setState("off");
  };

  useEffect(() => {
    if (state !== "on") return;
    const Detector = detectorClass()!;
    const detector = new Detector({ formats: ["qr_code"] });
    let cancelled = false;
    const tick = async () => {
      if (cancelled || !video.current) return;
      const found = await detector.detect(video.current).catch(() => []);
      for (const { rawValue } of found) {
        const code = codeFromQr(rawValue);
        const now = Date.now();
        if (!code || (last.current?.code === code && now - last.current.at < SAME_CODE_PAUSE_MS)) continue;
        last.current = { code, at: now };
        onCodeRef.current(code);
      }
      if (!cancelled) timer = setTimeout(tick, 250);
    };
    let timer = setTimeout(tick, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [state]);

  useEffect(() => () => stream.current?.getTracks().forEach((track) => track.stop()), []);

  const start = async () => {
    setState("starting");
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      if (video.current) {
        video.current.srcObject = stream.current;
        await video.current.play();
      }
      setState("on");
    } catch {
      stop();
      setState("denied");
    }
  };

  if (!supported) return null;
  return (
    <div className="stack no-print">
      <p>
        {state === "on" ? (
          <button type="button" className="button button-secondary" onClick={stop}>
            {t("stop")}
          </button>
        ) : (
          <button type="button" className="button button-secondary" onClick={start} disabled={state === "starting"}>
            {t("start")}
          </button>
        )}
      </p>
      {state === "denied" && <p className="error">{t("denied")}</p>}
      <video
        ref={video}
        muted
        playsInline
        aria-label={t("preview")}
        hidden={state !== "on"}
        style={{ width: "100%", maxWidth: "24rem", borderRadius: "var(--radius)" }}
      />
      {state === "on" && <p className="muted">{t("hint")}</p>}
    </div>
  );
}
