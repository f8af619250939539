import type { ComponentPropsWithoutRef } from "react";

// Aksel's Table as plain markup with Aksel's own classes, for the parts the portal uses (no
// sorting, expandable rows or row clicks). Same HTML as @navikt/ds-react's Table renders, without
// its ~3.4 KB gzipped of JavaScript (sorting icons, animated expanding rows) on every page with a
// table (decision 018).
const cx = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(" ");

type Align = "left" | "center" | "right";

function TableRoot({
  size = "medium",
  className,
  ...rest
}: ComponentPropsWithoutRef<"table"> & { size?: "large" | "medium" | "small" }) {
  return <table {...rest} className={cx("aksel-table", `aksel-table--${size}`, className)} />;
}

function Header({ className, ...rest }: ComponentPropsWithoutRef<"thead">) {
  return <thead {...rest} className={cx("aksel-table__header", className)} />;
}

function Body({ className, ...rest }: ComponentPropsWithoutRef<"tbody">) {
  return <tbody {...rest} className={cx("aksel-table__body", className)} />;
}

function Row({ className, ...rest }: ComponentPropsWithoutRef<"tr">) {
  return (
    <tr
      {...rest}
      className={cx("aksel-table__row", "aksel-table__row--shade-on-hover", className)}
      data-interactive="false"
    />
  );
}

function HeaderCell({ className, align, ...rest }: Omit<ComponentPropsWithoutRef<"th">, "align"> & { align?: Align }) {
  return (
    <th
      {...rest}
      className={cx(
        "aksel-table__header-cell",
        "aksel-label",
        align && `aksel-table__header-cell--align-${align}`,
        className,
      )}
    />
  );
}

function DataCell({ className, align, ...rest }: Omit<ComponentPropsWithoutRef<"td">, "align"> & { align?: Align }) {
  return (
    <td
      {...rest}
      className={cx(
        "aksel-table__data-cell",
        align && `aksel-table__data-cell--align-${align}`,
        className,
        "aksel-body-short",
        "aksel-body-short--medium",
      )}
    />
  );
}

export const Table = Object.assign(TableRoot, { Header, Body, Row, HeaderCell, DataCell });
