// All text a user sees, in Norwegian bokmål, in one place so a translation can follow.
// Keys are English; the values are the words on the screen. Texts are split by area so that a
// page's JavaScript carries only the areas it uses; import them all the same way:
//   import * as texts from "~/texts";
// and read them as texts.area.key (never pass `texts` itself around: that would ship every area).
export * from "./common";
export * from "./accounts";
export * from "./vocabulary";
export * from "./candidates";
export * from "./matching";
export * from "./grants";
export * from "./jobs";
export * from "./outage";
export * from "./wage";
export * from "./safety";
export * from "./afterhire";
export * from "./sharing";
export * from "./wayfinding";
export * from "./info";
export * from "./phone";
export * from "./refund";
export * from "./norms";
export * from "./followup-end";
