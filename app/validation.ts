// zod's own messages in Norwegian, for the rare rule without a message of ours: a user never
// sees "Invalid input". Imported once by the root module, so it holds on server and client.
import { z } from "zod";

z.config(z.locales.no());
