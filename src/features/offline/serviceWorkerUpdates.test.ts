import { describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's ServiceWorker objects: plain EventTargets with the fields the code reads. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
  find(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

function container(controlled: boolean, registration = new FakeRegistration()) {
  const target = new EventTarget();
  return {
    registration,
    sw: Object.assign(target, {
      controller: controlled ? {} : null,
      register: vi.fn(async () => registration),
    }) as unknown as ServiceWorkerContainer,
  };
}

/** A fresh module per test: it keeps one registration per page. */
async function load() {
  vi.resetModules();
  return import('./serviceWorkerUpdates');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('service worker updates', () => {
  it('offers a new version once its worker is installed behind one in control, and hands over on request', async () => {
    const { registerServiceWorker, serviceWorkerUpdate } = await load();
    const { sw, registration } = container(true);
    registerServiceWorker('/sw.js', sw);
    await settle();
    expect(sw.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const next = new FakeWorker();
    registration.find(next);
    expect(serviceWorkerUpdate.get()).toBe(false);
    next.become('installed');
    expect(serviceWorkerUpdate.get()).toBe(true);

    const reload = vi.fn();
    serviceWorkerUpdate.activate(sw, reload);
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    sw.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not offer the very first worker, which takes over by itself', async () => {
    const { registerServiceWorker, serviceWorkerUpdate } = await load();
    const { sw, registration } = container(false);
    registerServiceWorker('/sw.js', sw);
    await settle();
    const first = new FakeWorker();
    registration.find(first);
    first.become('installed');
    expect(serviceWorkerUpdate.get()).toBe(false);
  });

  it('offers a worker an earlier visit left waiting', async () => {
    const { registerServiceWorker, serviceWorkerUpdate } = await load();
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const { sw } = container(true, registration);
    registerServiceWorker('/sw.js', sw);
    await settle();
    expect(serviceWorkerUpdate.get()).toBe(true);
  });

  it('registers once however often it is asked, and survives a refused registration', async () => {
    const { registerServiceWorker } = await load();
    const { sw } = container(true);
    (sw.register as ReturnType<typeof vi.fn>).mockRejectedValueOnce(new Error('refused'));
    registerServiceWorker('/sw.js', sw);
    registerServiceWorker('/sw.js', sw);
    await settle();
    expect(sw.register).toHaveBeenCalledOnce();
  });
});
