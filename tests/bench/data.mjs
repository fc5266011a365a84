// Assessments in the stored format (src/core/file_format.rs, schema 1), to seed localStorage.
// Generated from a fixed seed, so every bench run measures the same data.

export const PREFIX = "nasss-navigator/assessment/";

const FULL_CODES = ["1A", "1B", "2A", "2B", "2C", "2D", "3A", "3B", "4A", "4B", "4C",
  "5A", "5B", "5C", "5D", "5E", "6A", "6B", "6C", "6D", "6E", "7A", "7B"];
const QUICK_CODES = ["1", "2", "3", "4", "5", "6", "7"];
const ANSWERS = ["simple", "complicated", "complex", "dont_know"];
const T0 = 1_764_000_000_000;

/** The localStorage entry for one assessment, written the way the app writes it (pretty JSON). */
export function entry(assessment) {
  const file = { format: "nasss-navigator", schema_version: 1, exported_at: assessment.updated_at, assessments: [assessment] };
  return [PREFIX + assessment.id, JSON.stringify(file, null, 2)];
}

/** One full-bank assessment with a few answers; 2A starts at "simple" so answering "Complex" changes its domain. */
export function oneFull(id) {
  const answers = { "1A": "complicated", "1B": "complex", "2A": "simple", "2B": "complicated", "3A": "dont_know" };
  const responses = Object.fromEntries(
    Object.entries(answers).map(([code, answer], i) => [code, { answer, updated_at: T0 + i }]),
  );
  return { id, title: "Bench: virtual ward", created_at: T0, updated_at: T0 + 10, bank: { id: "full", version: 1 }, responses };
}

/** `n` varied assessments: both banks, different titles, answer counts, levels and notes. */
export function many(n) {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const techs = ["Remote heart monitoring", "Virtual ward", "Video consultations", "Falls sensors", "Online therapy",
    "Electronic prescribing", "Diabetes app", "Telecare alarms", "AI triage", "Shared care record"];
  const places = ["Northshire", "Eastbridge", "the Riverside practices", "Lowmoor", "the city hospital", "West Dale"];
  return Array.from({ length: n }, (_, i) => {
    const quick = random() < 0.4;
    const codes = quick ? QUICK_CODES : FULL_CODES;
    const updated = T0 - i * 3_600_000;
    const responses = {};
    for (const code of codes.slice(0, Math.floor(random() * (codes.length + 1)))) {
      responses[code] = { answer: pick(ANSWERS), updated_at: updated - 1000 };
      if (random() < 0.2) responses[code].note = `Check with ${pick(places)} before the next meeting.`;
    }
    return {
      id: `bench${i.toString().padStart(4, "0")}`,
      title: `${pick(techs)} in ${pick(places)} (${i + 1})`,
      created_at: updated - 86_400_000,
      updated_at: updated,
      bank: { id: quick ? "quick" : "full", version: 1 },
      responses,
    };
  });
}
