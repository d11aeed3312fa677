import { INSTRUCTION_EVENT_TYPES, publishedEventData } from '@ledger/domain';
import type { JsonObject } from '@ledger/event-store';
import { ENCRYPTED } from './test/samples';
import { problems, servedValidator } from './test/catalog-ajv';
import { instructionEvents } from '../../../../libs/domain/test/instruction-journey';

describe('events the instruction decider produces', () => {
  const events = instructionEvents();

  it('cover every instruction event type of the catalog', () => {
    expect(new Set(events.map((event) => event.type))).toEqual(new Set(INSTRUCTION_EVENT_TYPES));
  });

  it.each(events.map((event, index) => [index, event.type, event] as const))(
    'validate against their schema: #%i %s',
    (_index, type, event) => {
      const validate = servedValidator(type);
      const data = publishedEventData(event.data as unknown as JsonObject);
      expect(validate(data) ? '' : problems(validate)).toBe('');
    },
  );

  it('accept the caller sealed, and refuse a step or reason outside the vocabulary', () => {
    const verified = events.find((event) => event.type === 'PhoneAuthorisationVerified');
    expect(servedValidator('PhoneAuthorisationVerified')({ ...verified!.data, caller: ENCRYPTED })).toBe(
      true,
    );
    const aborted = events.find((event) => event.type === 'InstructionAborted');
    expect(servedValidator('InstructionAborted')({ ...aborted!.data, atStep: 'lunch' })).toBe(false);
    expect(servedValidator('InstructionAborted')({ ...aborted!.data, reason: 'bored' })).toBe(false);
  });
});
