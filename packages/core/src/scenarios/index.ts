/** Seeded synthetic scenarios: realistic posts, ads and messages exports with one injectable failure cause. */

export { createRandom, type Random } from "../stats/random";
export { SCENARIO_START } from "./calendar";
export { isScenarioCause, SCENARIO_CAUSES, type ScenarioCause, type ScenarioCauseSpec } from "./causes";
export { DEFAULT_SEED, generateScenario, MAX_MONTHS, type Scenario, type ScenarioOptions } from "./generate";
export { AD_HEADERS, MESSAGE_HEADERS, POST_HEADERS } from "./headers";
