/** What an import could not use, one item a problem, under a sentence that says so. */
export function Problems({ intro, problems }: { intro: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div class="problems">
      <p>{intro}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
