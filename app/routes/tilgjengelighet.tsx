import type { MetaFunction } from "@remix-run/node";
import { InfoPage } from "~/components/InfoPage";
import * as texts from "~/texts";

const t = texts.accessibilityPage;

export const meta: MetaFunction = () => [{ title: t.title }];

export default function AccessibilityStatement() {
  return <InfoPage heading={t.heading} intro={t.intro} sections={t.sections} />;
}
