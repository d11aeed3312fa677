import 'reflect-metadata';
import { IsInt, IsString, Length, MetadataStorage, validate } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata.cache';

class Contact {
  @IsString()
  @Length(1, 5)
  purpose!: unknown;
}

class PriorityContact extends Contact {
  @IsInt()
  priority!: unknown;
}

const problems = async (value: object) =>
  (await validate(value, { whitelist: true, forbidNonWhitelisted: true })).map((error) => ({
    field: error.property,
    constraints: Object.keys(error.constraints ?? {}).sort(),
  }));

const contact = (purpose: unknown) => Object.assign(new Contact(), { purpose });
const priorityContact = (purpose: unknown, priority: unknown) =>
  Object.assign(new PriorityContact(), { purpose, priority });

describe('the cached validation metadata', () => {
  // Measured before the cache is installed: what class-validator answers without it.
  let uncached: unknown[];
  beforeAll(async () => {
    uncached = [
      await problems(contact(7)),
      await problems(priorityContact('far too long', 'x')),
      await problems(Object.assign(contact('ok'), { extra: 1 })),
    ];
    cacheValidationMetadata();
  });

  it('finds every problem class-validator finds without it, inherited rules and unknown fields included', async () => {
    for (let round = 0; round < 2; round++) {
      expect([
        await problems(contact(7)),
        await problems(priorityContact('far too long', 'x')),
        await problems(Object.assign(contact('ok'), { extra: 1 })),
      ]).toEqual(uncached);
    }
    expect(uncached[1]).toEqual([
      { field: 'priority', constraints: ['isInt'] },
      { field: 'purpose', constraints: ['isLength'] },
    ]);
  });

  it('applies a rule registered after a class was first validated', async () => {
    class Late {
      @IsString()
      name!: unknown;
    }
    expect(await problems(Object.assign(new Late(), { name: 'a', code: 'x' }))).toEqual([
      { field: 'code', constraints: ['whitelistValidation'] },
    ]);
    IsInt()(Late.prototype, 'code');
    expect(await problems(Object.assign(new Late(), { name: 'a', code: 'x' }))).toEqual([
      { field: 'code', constraints: ['isInt'] },
    ]);
  });

  it('is installed once however often the pipe is created', () => {
    const storage = new MetadataStorage();
    cacheValidationMetadata(storage);
    const installed = storage.getTargetValidationMetadatas;
    cacheValidationMetadata(storage);
    expect(storage.getTargetValidationMetadatas).toBe(installed);
  });
});
