import { Alert, BodyShort, Button, Heading, Link, Select, Tag, TextField } from "@navikt/ds-react";
import { Table } from "~/components/Table";
import { Explain } from "~/components/Explain";
import { Form } from "@remix-run/react";
import { formatDate, formatDateTime } from "~/format";
import type { CandidateMatching as Data } from "~/matching/candidate-matching.server";
import * as texts from "~/texts";
import { TableScroll } from "~/components/TableScroll";

const t = texts.pipeline;
const stages = texts.vocabulary.euseStages;

/** Stage with history, proposals and the follow-up plan on the specialist's candidate page. */
export function CandidateMatching({
  candidateId,
  data,
  errors,
}: {
  candidateId: string;
  data: Data;
  errors?: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <section aria-labelledby="stage-heading" className="stack">
        <div className="row-actions">
          <Heading level="2" size="large" id="stage-heading">
            {t.stageHeading}
          </Heading>
          <Explain title={texts.explain.stageTitle}>{texts.explain.stage}</Explain>
        </div>
        <BodyShort>
          <Tag variant="info" size="small">
            {stages[data.stage as keyof typeof stages]}
          </Tag>
        </BodyShort>
        {data.temporarySince ? (
          <Alert variant="warning">{t.temporarySince(formatDate(data.temporarySince))}</Alert>
        ) : null}
        <Form method="post" className="row-fields">
          <input type="hidden" name="intent" value="stage" />
          <Select label={t.changeStage} name="stage" defaultValue={String(data.stage)} size="small">
            {Object.entries(stages).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
          <TextField label={t.stageReason} name="reason" size="small" error={errors?.reason?.join(" ")} />
          <div className="align-end">
            <Button type="submit" size="small" variant="secondary">
              {t.changeStage}
            </Button>
          </div>
        </Form>
        {data.stageHistory.length ? (
          <TableScroll>
            <Table size="small">
              <caption className="visually-hidden">{t.stageHistory}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{texts.proposal.historyAt}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.stageHeading}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.stageReason}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{texts.proposal.historyWho}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.stageHistory.map((e) => (
                  <Table.Row key={`${e.at}-${e.to}`}>
                    <Table.DataCell>{formatDateTime(e.at)}</Table.DataCell>
                    <Table.DataCell>{`${e.from ?? "–"} → ${stages[e.to as keyof typeof stages]}`}</Table.DataCell>
                    <Table.DataCell>{t.reasons[e.reason] ?? e.reason}</Table.DataCell>
                    <Table.DataCell>{e.by ?? ""}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        ) : null}
      </section>

      <section aria-labelledby="followup-heading" className="stack">
        <Heading level="2" size="large" id="followup-heading">
          {t.followUpHeading}
        </Heading>
        {data.nextFollowUp ? (
          <BodyShort>
            <strong>{t.nextFollowUp}:</strong>{" "}
            {`${formatDate(data.nextFollowUp.dueDate)} – ${t.whom[data.nextFollowUp.withWhom]}, ${t.places[data.nextFollowUp.place].toLowerCase()}`}
          </BodyShort>
        ) : (
          <BodyShort>{t.noFollowUp}</BodyShort>
        )}
        {data.followUps.length ? (
          <TableScroll>
            <Table size="small">
              <caption className="visually-hidden">{t.followUpHeading}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.due}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.withWhom}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.place}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{texts.proposal.status}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.followUps.map((f) => (
                  <Table.Row key={f.id}>
                    <Table.DataCell>{formatDate(f.dueDate)}</Table.DataCell>
                    <Table.DataCell>{t.whom[f.withWhom]}</Table.DataCell>
                    <Table.DataCell>{t.places[f.place]}</Table.DataCell>
                    <Table.DataCell>
                      {f.done ? (
                        <Tag size="small" variant="success">
                          {t.done}
                        </Tag>
                      ) : (
                        <span className="row-actions">
                          {f.overdue ? (
                            <Tag size="small" variant="error">
                              {t.overdue}
                            </Tag>
                          ) : null}
                          <Form method="post">
                            <input type="hidden" name="intent" value="followup" />
                            <input type="hidden" name="followUpId" value={f.id} />
                            <Button type="submit" size="xsmall" variant="secondary">
                              {t.markDone} <span className="visually-hidden">{formatDate(f.dueDate)}</span>
                            </Button>
                          </Form>
                        </span>
                      )}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        ) : null}
      </section>

      <section aria-labelledby="proposals-heading" className="stack">
        <Heading level="2" size="large" id="proposals-heading">
          {t.proposalsOfCandidate}
        </Heading>
        <Link href={`/spesialist/kandidater/${candidateId}/jobber`}>{texts.matching.findJobs}</Link>
        {data.proposals.length ? (
          <ul>
            {data.proposals.map((p) => (
              <li key={p.id}>
                <Link href={`/spesialist/forslag/${p.id}`}>{`${p.job} – ${p.organisation}`}</Link>{" "}
                {`(${texts.proposal.statuses[p.status]})`}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
