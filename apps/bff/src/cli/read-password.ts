import { text } from "node:stream/consumers";

export class PasswordInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PasswordInputError";
  }
}

/** The first line piped in: `printf '%s\n' "$PASSWORD" | npm run user -- add …`. */
async function pipedPassword(input: NodeJS.ReadStream): Promise<string> {
  const [firstLine = ""] = (await text(input)).split(/\r?\n/);
  if (firstLine === "") throw new PasswordInputError("No password came on standard input.");
  return firstLine;
}

const ENTER = new Set(["\r", "\n"]);
const BACKSPACE = new Set(["\u007f", "\b"]);
const CTRL_C = "\u0003";

/** Reads one line from the terminal without echoing it. */
function hiddenLine(input: NodeJS.ReadStream, output: NodeJS.WriteStream, prompt: string) {
  return new Promise<string>((resolve, reject) => {
    let typed = "";
    output.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    const finish = (settle: () => void) => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      output.write("\n");
      settle();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === CTRL_C) return finish(() => reject(new PasswordInputError("Cancelled.")));
        if (ENTER.has(character)) return finish(() => resolve(typed));
        typed = BACKSPACE.has(character) ? [...typed].slice(0, -1).join("") : typed + character;
      }
    };
    input.on("data", onData);
  });
}

async function promptedPassword(input: NodeJS.ReadStream, output: NodeJS.WriteStream) {
  const first = await hiddenLine(input, output, "Password: ");
  const again = await hiddenLine(input, output, "Password again: ");
  if (first !== again)
    throw new PasswordInputError("The two passwords differ. Nothing was changed.");
  return first;
}

export function readPassword(
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
): Promise<string> {
  return input.isTTY ? promptedPassword(input, output) : pipedPassword(input);
}
