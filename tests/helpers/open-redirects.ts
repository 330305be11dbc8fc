/*
 * Shared by the unit test of safeCallbackUrl and the production test of sign-in redirects.
 * The site under test is https://pestor.example.org or the production test's own origin;
 * every entry names evil.example, another port or scheme of the site, or a script.
 */

/** Ways to name another site, or a script, in a `callbackUrl` (known open-redirect bypasses). */
export const FOREIGN_CALLBACK_URLS = [
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/\r\n/evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "http://evil.example",
  "https://evil.example/path",
  "HTTPS://evil.example",
  "https:evil.example",
  "https:/evil.example",
  "http:\\\\evil.example",
  "ftp://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "blob:https://evil.example/x",
  "https://pestor.example.org@evil.example",
  "https://pestor.example.org:443@evil.example/",
  "//pestor.example.org@evil.example",
  "https://evil.example#@pestor.example.org",
  "https://pestor.example.org.evil.example/",
  "https://pestor.example.org:8443/account",
  "http://pestor.example.org/account",
  "//pestor.example.org:444/",
  "https://evil.example\\@pestor.example.org",
  "/\u3002evil.example",
];

