/**
 * Child-process entry of `validateDraftsSync`: reads `{documents, external}` as JSON on stdin and
 * writes the DraftValidation as JSON on stdout.
 * @internal
 */
import { validateDrafts } from './validate';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const { documents, external } = JSON.parse(input) as { documents: object[]; external: [] };
  validateDrafts(documents, external).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    },
  );
});
