// What a user reads when a service behind the portal is away (Meilisearch down).

export const outage = {
  searchTitle: "Søket er ikke tilgjengelig akkurat nå",
  searchBody:
    "Vi får ikke kontakt med søketjenesten. Resten av Arbeidsbro virker som vanlig: du kan åpne kandidater, forslag, jobber og tilskudd fra menyen. Prøv søket igjen om noen minutter.",
  searchApi: "Søket er ikke tilgjengelig akkurat nå. Resten av Arbeidsbro virker. Prøv igjen om litt.",
} as const;
