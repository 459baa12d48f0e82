/**
 * Orders a sequential run so that `*.afterwards.ts` files come last: checks of what the other files
 * left behind (vitest.e2e.config.ts). Project `groupOrder` does this in `npm test`, whose files run
 * in parallel, but it is not honoured when files run one at a time.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const isAfterwards = (file: TestSpecification) => file.moduleId.endsWith('.afterwards.ts');

export class AfterwardsLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((file) => !isAfterwards(file)), ...sorted.filter(isAfterwards)];
  }
}
