// zod's own messages in Norwegian, for the rare rule without a message of ours: a user never
// sees "Invalid input". Imported by entry.server (every loader and action) and by each page that
// also validates in the browser; employer pages do not, so zod stays out of their JavaScript
// (decisions 009, 018).
// Too long a text or too many choices get a plain sentence rather than zod's "For stor(t)".
import { z } from "zod";
import { fieldLimits } from "~/texts/safety";

z.config(z.locales.no());
z.config({
  customError: (issue) => {
    if (issue.code !== "too_big" || typeof issue.maximum !== "number") return undefined;
    if (issue.origin === "string") return fieldLimits.tooLong(issue.maximum);
    if (issue.origin === "array") return fieldLimits.tooMany(issue.maximum);
    return undefined;
  },
});
