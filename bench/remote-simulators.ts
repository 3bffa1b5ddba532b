import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  SimReadySchema,
  SimReplySchema,
  type SimReady,
  type SimReply,
  type SimRequest,
} from './sim-messages';

type Ask = SimRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The bench's handle on the simulator process: start it, change PeopleForce, count Jira issues, stop it. */
export class RemoteSimulators {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: SimReply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    readonly urls: SimReady,
  ) {
    child.on('message', (message: unknown) => {
      const reply = SimReplySchema.safeParse(message);
      if (!reply.success) return;
      this.waiting.get(reply.data.id)?.(reply.data);
      this.waiting.delete(reply.data.id);
    });
  }

  static async start(tasks: number): Promise<RemoteSimulators> {
    const child = fork(path.join(__dirname, 'sim-process.ts'), [JSON.stringify({ tasks })], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const urls = await new Promise<SimReady>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => {
        reject(new Error(`the simulator process exited with ${code ?? 'a signal'}`));
      });
      child.on('message', (message: unknown) => {
        const ready = SimReadySchema.safeParse(message);
        if (ready.success) resolve(ready.data);
      });
    });
    child.removeAllListeners('exit');
    return new RemoteSimulators(child, urls);
  }

  async ask(request: Ask): Promise<SimReply> {
    const id = this.nextId++;
    const reply = await new Promise<SimReply>((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ ...request, id });
    });
    if (reply.error !== undefined) throw new Error(`simulator process: ${reply.error}`);
    return reply;
  }

  async issueCountByTask(): Promise<Map<number, number>> {
    return new Map((await this.ask({ op: 'issueCounts' })).issueCounts ?? []);
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) =>
      this.child.once('exit', () => {
        resolve();
      }),
    );
    await this.ask({ op: 'close' });
    await exited;
  }
}
