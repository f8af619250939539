import { type ReactNode, useId } from "react";
import { iconSvgProps } from "~/components/icon";

// The question mark in a circle, as Aksel's HelpText draws it (outlined, and filled on hover).
const mark =
  "M9.75 9C9.75 7.75736 10.7574 6.75 12 6.75H12.1716C13.3195 6.75 14.25 7.68054 14.25 8.82843C14.25 9.37966 14.031 9.90832 13.6412 10.2981L12.6412 11.2981C11.7504 12.1889 11.25 13.3971 11.25 14.6569C11.25 15.0711 11.5858 15.4069 12 15.4069C12.4142 15.4069 12.75 15.0711 12.75 14.6569C12.75 13.7949 13.0924 12.9682 13.7019 12.3588L14.7019 11.3588C15.373 10.6877 15.75 9.77748 15.75 8.82843C15.75 6.85212 14.1479 5.25 12.1716 5.25H12C9.92893 5.25 8.25 6.92893 8.25 9V9.5C8.25 9.91421 8.58579 10.25 9 10.25C9.41421 10.25 9.75 9.91421 9.75 9.5V9ZM12 16.5C11.4477 16.5 11 16.9477 11 17.5C11 18.0523 11.4477 18.5 12 18.5C12.5523 18.5 13 18.0523 13 17.5C13 16.9477 12.5523 16.5 12 16.5Z";

function Icon({ filled }: { filled?: boolean }) {
  return (
    <svg
      {...iconSvgProps}
      aria-hidden="true"
      className={filled ? "aksel-help-text__icon aksel-help-text__icon--filled" : "aksel-help-text__icon"}
    >
      <circle
        cx="12"
        cy="12"
        r="11"
        strokeWidth="1.5"
        stroke="currentColor"
        fill={filled ? "currentColor" : "transparent"}
      />
      <path
        fillRule="evenodd"
        clipRule="evenodd"
        d={mark}
        fill={filled ? "var(--ax-text-accent-contrast)" : "currentColor"}
      />
    </svg>
  );
}

/**
 * A word explained where it appears: Aksel's help-text button, opening the explanation in the
 * browser's own popover (the HTML `popover` attribute). It needs no JavaScript, so it works
 * before the page has loaded its scripts and without them; Escape or a click elsewhere closes
 * it. It replaces Aksel's HelpText, which brought ~13 KB of positioning code (decision 018).
 */
export function Explain({ title, children }: { title: string; children: ReactNode }) {
  const id = `explain${useId().replace(/:/g, "")}`;
  // React 18 does not know the popover attributes by name; lower case passes them through.
  const opens = { popovertarget: id } as Record<string, string>;
  const popover = { popover: "auto" } as Record<string, string>;
  return (
    <span className="aksel-help-text explain" data-color="info">
      <button type="button" className="aksel-help-text__button" aria-label={title} {...opens}>
        <Icon />
        <Icon filled />
      </button>
      <span id={id} {...popover} className="aksel-popover aksel-help-text__popover explain__popover">
        <span className="aksel-popover__content aksel-body-short">{children}</span>
      </span>
    </span>
  );
}
