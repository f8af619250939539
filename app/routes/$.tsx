import { GeneralErrorBoundary } from "~/components/GeneralErrorBoundary";

// Every unknown URL lands here and answers 404 with the Norwegian "not found" page.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
