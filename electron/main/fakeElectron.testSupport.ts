// A stand-in for the 'electron' module, for tests that run main-process
// wiring under plain Node (the Electron binary is not available everywhere).
// Only what electron/main uses; storage ports are real Node MessagePorts and
// the utility process is a real Node child process.
import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { NodeMessagePortMain } from '../core/nodeHost/messagePortMain.testSupport.ts';
import {
  forkUtilityProcess,
  type ForkedUtilityProcess,
} from '../core/nodeHost/forkedUtilityProcess.testSupport.ts';

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  sent: unknown[][] = [];
  posted: { channel: string; message: unknown; transfer: unknown[] }[] = [];
  openHandler: unknown;
  setWindowOpenHandler(handler: unknown) {
    this.openHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  postMessage(channel: string, message: unknown, transfer: unknown[] = []) {
    this.posted.push({ channel, message, transfer });
  }
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static getFocusedWindow(): BrowserWindow | null {
    return null;
  }
  readonly webContents = new FakeWebContents();
  readonly options: unknown;
  loaded: string[] = [];
  focused = 0;
  constructor(options: unknown) {
    super();
    this.options = options;
    BrowserWindow.all.push(this);
  }
  show() {}
  focus() {
    this.focused++;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  async loadURL(url: string) {
    this.loaded.push(url);
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler) {
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
};

class FakeApp extends EventEmitter {
  quitCalls = 0;
  exitCodes: number[] = [];
  quit() {
    this.quitCalls++;
  }
  exit(code = 0) {
    this.exitCodes.push(code);
  }
}
export const app = new FakeApp();

export const Menu = {
  template: [] as unknown[],
  buildFromTemplate(template: unknown[]) {
    this.template = template;
    return { template };
  },
  setApplicationMenu() {},
};

/** The main end behaves like MessagePortMain (events carry { data }); port2 is a Node MessagePort. */
export class MainPort extends NodeMessagePortMain {}

export const channels: MessageChannel[] = [];
export class MessageChannelMain {
  readonly port1: MainPort;
  readonly port2: MessagePort;
  constructor() {
    const channel = new MessageChannel();
    channels.push(channel);
    this.port1 = new MainPort(channel.port1);
    this.port2 = channel.port2;
  }
}

export const Notification = {
  isSupported: () => false,
};

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
  registerSchemesAsPrivileged() {},
};

export const screen = {
  getAllDisplays: () => [
    { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1512, height: 982 } },
    { id: 7, label: 'LG TV', bounds: { x: 1512, y: 0, width: 3840, height: 2160 } },
  ],
  getPrimaryDisplay: () => ({ id: 1 }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    webRequest: { onHeadersReceived() {} },
  },
};

export const dialog = {
  errors: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string) {
    this.errors.push({ title, content });
  },
};

/** Each fork is a real child process running the module (see forkedUtilityProcess). */
export const utilityProcess = {
  forked: [] as ForkedUtilityProcess[],
  fork(modulePath: string, _args?: string[], _options?: { serviceName?: string }) {
    const child = forkUtilityProcess(modulePath);
    this.forked.push(child);
    return child;
  },
};
