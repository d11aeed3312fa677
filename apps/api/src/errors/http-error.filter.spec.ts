import { type ArgumentsHost, Logger } from '@nestjs/common';
import { PositionNotReached } from '@ledger/projection-runtime';
import { HttpErrorFilter } from './http-error.filter';

function hostAnswering(): { host: ArgumentsHost; sent: { status?: number; body?: unknown } } {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    status(code: number) {
      sent.status = code;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('HttpErrorFilter logging', () => {
  let error: jest.SpyInstance;
  let warn: jest.SpyInstance;
  beforeEach(() => {
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers a ?minPosition= time-out 503 with a warning line, not an ERROR with a stack', () => {
    const { host, sent } = hostAnswering();
    new HttpErrorFilter().catch(new PositionNotReached('999', 5000, ['customer-360']), host);
    expect(sent).toEqual({
      status: 503,
      body: expect.objectContaining({ statusCode: 503, code: 'POSITION_NOT_REACHED' }),
    });
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('503 POSITION_NOT_REACHED'));
    expect(String(warn.mock.calls[0]?.[0])).not.toContain('    at ');
  });

  it('logs an unrecognised error with its stack, answering 500 without it', () => {
    const { host, sent } = hostAnswering();
    new HttpErrorFilter().catch(new TypeError('boom'), host);
    expect(sent).toEqual({ status: 500, body: expect.objectContaining({ message: 'internal error' }) });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('TypeError: boom'));
  });
});
