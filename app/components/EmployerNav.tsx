import { Link as RemixLink } from "@remix-run/react";
import * as texts from "~/texts";
import type { EmployerNavCounts } from "../../db/repositories/employer-nav";

const t = texts.employerNav;

export type EmployerPlace = "work" | "proposals" | "employees" | "grants" | "messages" | "refunds";

/**
 * An employer's main places, with counts of what is new or waiting, on every page of their
 * organisation. The current place is marked for screen readers (aria-current).
 */
export function EmployerNav({
  organisationId,
  counts,
  current,
}: {
  organisationId: string;
  counts: EmployerNavCounts;
  current: EmployerPlace;
}) {
  const base = `/arbeidsgiver/${organisationId}`;
  const places: Array<{ key: EmployerPlace; href: string; label: string; count: number }> = [
    { key: "work", href: base, label: t.work, count: 0 },
    { key: "proposals", href: `${base}/forslag`, label: t.proposals, count: counts.proposals },
    { key: "employees", href: `${base}/ansatte`, label: t.employees, count: counts.employees },
    { key: "grants", href: `${base}/tilskudd`, label: t.grants, count: counts.grants },
    { key: "messages", href: `${base}#varsler`, label: t.messages, count: counts.messages },
    { key: "refunds", href: `${base}/refusjon`, label: texts.refund.navLabel, count: counts.refunds },
  ];
  return (
    <nav aria-label={t.label} className="employer-nav">
      <ul>
        {places.map((p) => (
          <li key={p.key}>
            <RemixLink to={p.href} className="employer-nav__link" aria-current={p.key === current ? "page" : undefined}>
              {p.label}
              {p.count > 0 ? (
                <>
                  <span className="visually-hidden">, </span>
                  <span className="employer-nav__count">{t.count(p.count)}</span>
                </>
              ) : null}
            </RemixLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
