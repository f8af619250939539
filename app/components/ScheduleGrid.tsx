import { Checkbox, Fieldset } from "@navikt/ds-react";
import * as texts from "~/texts";

const v = texts.vocabulary;

/** The week as a grid of weekdays × morning/day/evening; each box posts "mon:morning" and so on. */
export function ScheduleGrid({
  name,
  id,
  selected,
  error,
  legend = texts.schedule.legend,
}: {
  name: string;
  id?: string;
  selected: readonly string[];
  error?: string;
  legend?: string;
}) {
  const chosen = new Set(selected);
  return (
    <Fieldset legend={legend} description={texts.schedule.help} error={error} id={id} className="schedule-grid">
      <table>
        <thead>
          <tr>
            <th scope="col">{texts.schedule.day}</th>
            {Object.values(v.timesOfDay).map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Object.entries(v.weekdays).map(([day, dayLabel]) => (
            <tr key={day}>
              <th scope="row">{dayLabel}</th>
              {Object.entries(v.timesOfDay).map(([time, timeLabel]) => (
                <td key={time}>
                  <Checkbox
                    name={name}
                    value={`${day}:${time}`}
                    defaultChecked={chosen.has(`${day}:${time}`)}
                    hideLabel
                    size="small"
                  >
                    {texts.schedule.slot(dayLabel, timeLabel)}
                  </Checkbox>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Fieldset>
  );
}
