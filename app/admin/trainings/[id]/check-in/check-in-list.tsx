"use client";
import { ScriptForm } from "../../../../components/forms/script-form";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../../../lib/graphql-document";
import { gqlClient } from "../../../../lib/graphql-client";
import { QrScanner } from "./qr-scanner";

const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($id: ID!, $attended: Boolean!) {
    markAttendance(registrationId: $id, attended: $attended) {
      id
      attended
    }
  }
`);

const CheckInByCodeMutation = graphql(`
  mutation CheckInByCode($trainingId: ID!, $code: String!) {
    checkInByCode(trainingId: $trainingId, code: $code) {
      id
      attended
      attendeeName
      user {
        name
      }
    }
  }
`);

interface Person {
  id: string;
  name: string;
  attended: boolean;
}

export function CheckInList(props: { trainingId: string; people: Person[]; initialCode?: string }) {
  const t = useTranslations("trainings.admin");
  const [people, setPeople] = useState(props.people);
  const [code, setCode] = useState(props.initialCode ?? "");
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const scanned = useRef(false);

  const set = (id: string, attended: boolean) => setPeople((ps) => ps.map((p) => (p.id === id ? { ...p, attended } : p)));

  const toggle = async (p: Person, attended: boolean) => {
    set(p.id, attended);
    const res = await gqlClient(MarkAttendanceMutation, { id: p.id, attended });
    if (res.error) {
      set(p.id, !attended);
      setStatus({ kind: "error", text: t("attendanceFailed") });
    }
  };

  const byCode = async (value: string) => {
    if (!value.trim()) return;
    const res = await gqlClient(CheckInByCodeMutation, { trainingId: props.trainingId, code: value });
    if (res.error) return setStatus({ kind: "error", text: t("checkInNotFound") });
    set(res.data.checkInByCode.id, true);
    setCode("");
    setStatus({ kind: "success", text: t("checkInOk", { name: res.data.checkInByCode.attendeeName ?? res.data.checkInByCode.user.name }) });
  };

  // Opening the page from a confirmation's QR code checks that person in at once.
  useEffect(() => {
    if (props.initialCode && !scanned.current) {
      scanned.current = true;
      void byCode(props.initialCode);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const present = people.filter((p) => p.attended).length;
  return (
    <div className="stack">
      <ScriptForm className="form no-print" onSubmit={() => byCode(code)}>
        <div className="field">
          <label htmlFor="check-in-code">{t("checkInCode")}</label>
          <input id="check-in-code" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" autoComplete="off" maxLength={200} />
        </div>
        <button type="submit" className="button">
          {t("checkInSubmit")}
        </button>
      </ScriptForm>
      <QrScanner onCode={(scannedCode) => void byCode(scannedCode)} />
      {/* Coloured as an outcome, so that "not found" at the door does not read as the page's
          text; not an ActionStatus, which would take the focus from the code field that the
          next person's code goes into. */}
      <p role="status" aria-live="polite" className={status ? `alert alert-${status.kind}` : undefined}>
        {status?.text}
      </p>
      <p>{t("presentCount", { present, total: people.length })}</p>
      {people.length === 0 ? (
        <p className="empty-state">{t("noRegistrations")}</p>
      ) : (
        <ul style={{ listStyle: "none", padding: 0 }}>
          {/* Flex rows: inline, the 24 px box sat 3 px above its name's line; the row's gap stands for the box's margin. */}
          {people.map((p) => (
            <li key={p.id} className="field-inline" style={{ display: "flex", padding: "0.6rem 0", borderBottom: "1px solid #ddd" }}>
              <input
                type="checkbox"
                id={`present-${p.id}`}
                checked={p.attended}
                onChange={(e) => void toggle(p, e.target.checked)}
                style={{ width: "1.5rem", height: "1.5rem", marginRight: 0 }}
              />
              <label htmlFor={`present-${p.id}`}>{p.name}</label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
