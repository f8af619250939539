import { randomBytes } from "node:crypto";
import { orgNumberFromPrefix } from "../../app/domain/identifiers";
import { expect, expectAccessible, test } from "./fixtures";
import { DEMO_PASSWORD, demoUsers, queryOneE2e } from "./support";

function unusedOrgNumber(): string {
  for (;;) {
    const candidate = orgNumberFromPrefix(`8${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`);
    if (candidate) return candidate;
  }
}

test("a new employer signs up by e-mail link; an invalid organisasjonsnummer is refused at the field and the rest is kept", async ({
  page,
}) => {
  const email = `ny.${randomBytes(3).toString("hex")}@bedrift.no`;
  await page.goto("/registrer");
  await page.getByLabel("Fullt navn").fill("Nora Nybakk");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Organisasjonsnummer").fill("123456789");
  await page.getByLabel("Organisasjonens navn").fill("Nybakk Bakeri AS");
  await page.getByLabel("Kommune").selectOption("5501");
  await page.getByRole("button", { name: "Opprett konto" }).click();

  await expect(page.getByText("Organisasjonsnummeret er ikke gyldig.")).toBeVisible();
  await expect(page.getByLabel("Organisasjonsnummer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Nora Nybakk");
  await expect(page.getByLabel("E-post")).toHaveValue(email);
  await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("Nybakk Bakeri AS");
  await expect(page.getByLabel("Kommune")).toHaveValue("5501");
  await expect(page).toHaveURL(/\/registrer$/);

  await page.getByLabel("Organisasjonsnummer").fill(unusedOrgNumber());
  await page.getByRole("button", { name: "Opprett konto" }).click();
  // The page says only that a mail was sent (it would say the same for a known address).
  await expect(page).toHaveURL(/\/registrer\?sendt=1$/);
  await expect(page.getByRole("heading", { name: "Sjekk e-posten din" })).toBeVisible();

  // The link in the mail: choose the password there, and the account is made.
  const mail = await queryOneE2e<{ body: string }>("select body from mail_outbox where to_address = $1", [email]);
  const link = mail.body.match(/\/registrer\/bekreft\/[\w-]+/)?.[0] ?? "";
  await page.goto(link);
  await expect(page.getByText(`Kontoen blir opprettet for ${email}.`)).toBeVisible();
  await page.getByLabel("Passord").fill("kort");
  await page.getByRole("button", { name: "Opprett kontoen" }).click();
  await expect(page.getByText("Passordet må ha minst 10 tegn.").first()).toBeVisible();
  await page.getByLabel("Passord").fill("et-godt-passord");
  await page.getByRole("button", { name: "Opprett kontoen" }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver\?registrert=opprettet$/);
  await expect(page.getByText("Kontoen og organisasjonen er opprettet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nybakk Bakeri AS" })).toBeVisible();

  // Sign out, then in again with the new password.
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByText("Du er logget ut.")).toBeVisible();
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill("feil-passord");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByText("E-post eller passord er feil.")).toBeVisible();
  await expect(page.getByLabel("E-post")).toHaveValue(email);
  // The form is described by its error: the id it points at is there (and axe finds nothing).
  const signInForm = page.locator("form").filter({ has: page.getByLabel("Passord") });
  await expect(signInForm).toHaveAccessibleDescription(/E-post eller passord er feil\./);
  await expectAccessible(page);

  await page.getByLabel("Passord").fill("et-godt-passord");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/arbeidsgiver$/);
  await expect(page.getByText("Innlogget som Nora Nybakk")).toBeVisible();
});

test("without JavaScript, the server answers 400 with the Norwegian message and keeps what was typed", async ({
  request,
}) => {
  const response = await request.post("/registrer", {
    form: {
      name: "Per Uten Skript",
      email: "per.uten@bedrift.no",
      password: "et-godt-passord",
      orgNumber: "123456789",
      orgName: "Skriptløs AS",
      municipalityNumber: "0301",
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  const html = await response.text();
  expect(html).toContain("Organisasjonsnummeret er ikke gyldig.");
  expect(html).toContain('value="Per Uten Skript"');
  expect(html).toContain('value="Skriptløs AS"');
  expect(html).not.toContain("et-godt-passord");
});

test("demo users sign in with one click, and password sign-in works for them too", async ({ page }) => {
  await page.goto("/logg-inn");
  await expect(page.getByRole("heading", { name: "Demo: logg inn med ett klikk" })).toBeVisible();
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.specialist.name} (jobbspesialist)` }).click();
  await expect(page).toHaveURL(/\/spesialist$/);
  await expect(page.getByText("NAV Tromsø")).toBeVisible();
  await page.getByRole("button", { name: "Logg ut" }).click();
  // Signed out before the next step: the sign-in page, not the old one mid-navigation.
  await expect(page.getByText("Du er logget ut.")).toBeVisible();

  await page.getByLabel("E-post").fill(demoUsers.admin.email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Administrasjon" })).toBeVisible();
});

test("an organisation admin invites a colleague, who joins through the e-mailed link", async ({ page, newPage }) => {
  const tag = randomBytes(3).toString("hex");
  const colleague = `kollega.${tag}@polarkjokken.no`;
  // A name of its own: the organisation's member list keeps every colleague of earlier runs.
  const colleagueName = `Kim Kollega ${tag}`;
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: `Logg inn som ${demoUsers.employer.name} (arbeidsgiver)` }).click();
  await page.getByRole("link", { name: "Polarkjøkken AS" }).click();
  await page.getByLabel("Kollegaens e-post").fill(colleague);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByText(`Invitasjonen er sendt til ${colleague}.`)).toBeVisible();

  // The mail is in the outbox; the colleague opens the link in a browser of their own.
  await page.goto("/utvikler/e-post");
  const mail = page
    .getByRole("article", { name: "Invitasjon til Polarkjøkken AS i Arbeidsbro" })
    .filter({ hasText: colleague })
    .first();
  const link = (await mail.textContent())?.match(/https?:\/\/\S+\/invitasjon\/[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  const other = await newPage();
  await other.goto(new URL(link ?? "").pathname);
  await expect(other.getByRole("heading", { name: "Bli med i Polarkjøkken AS" })).toBeVisible();
  await expectAccessible(other);
  await other.getByLabel("Fullt navn").fill(colleagueName);
  await other.getByLabel("Passord").fill("kollega-passord");
  await other.getByRole("button", { name: "Godta invitasjonen" }).click();
  await expect(other.getByRole("heading", { name: "Polarkjøkken AS", level: 1 })).toBeVisible();
  await expect(other.getByRole("cell", { name: colleagueName })).toBeVisible();
  await expectAccessible(other);

  // A used link does not work twice.
  const again = await other.goto(new URL(link ?? "").pathname);
  expect(again?.status()).toBe(404);
});
