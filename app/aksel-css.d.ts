// @navikt/ds-css points every path at a types file that is not a module, which hides Vite's
// `?url` typing. These exact declarations win over that resolution.
declare module "@navikt/ds-css/dist/global/print.css?url" {
  const href: string;
  export default href;
}
