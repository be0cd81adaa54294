/**
 * Why each budget signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of budget.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const BUDGET_RATIONALES: SignalRationales = {
  loss_spend_share: {
    en: "Share of spend on campaigns (or platforms when there is no campaign column) whose revenue is below their spend (ROAS < 1: a loss at any margin) or, without revenue, whose CPA is above the target CPA you gave. A fifth of the budget in such units is a clear reallocation opportunity; two fifths is the budget working against itself (METHODOLOGY starting thresholds).",
    ru: "Доля расхода на кампании (или площадки, если нет столбца кампаний), у которых выручка ниже расхода (ROAS < 1 — убыток при любой марже) или, без выручки, CPA выше заданного целевого. Пятая часть бюджета в таких единицах — явный резерв для перераспределения; две пятых — бюджет работает против себя (стартовые пороги METHODOLOGY).",
  },
  romi: {
    en: "ROMI = (revenue × margin − spend) / spend, used when the margin is given. Below 0 the ads lose money; below 0.2 they barely beat the cost of capital and the overheads ROMI leaves out (METHODOLOGY starting thresholds).",
    ru: "ROMI = (выручка × маржа − расход) / расход, считается, когда маржа задана. Ниже 0 реклама убыточна; ниже 0,2 едва покрывает стоимость денег и накладные расходы, которых нет в ROMI (стартовые пороги METHODOLOGY).",
  },
  roas: {
    en: "ROAS = revenue / spend, used instead of ROMI when the margin is not given. Below 1 the ads lose money at any margin. Below 2 they lose money unless the gross margin exceeds 50 %, more than most retail and e-commerce businesses earn (break-even ROAS = 1 / margin); the benefit of the doubt goes to a generous 50 % margin because the real one is unknown. Give margin=… for an exact verdict.",
    ru: "ROAS = выручка / расход, используется вместо ROMI, когда маржа не задана. Ниже 1 реклама убыточна при любой марже. Ниже 2 — убыточна, если валовая маржа не выше 50 %, а это больше, чем зарабатывает большинство розничных и e-commerce компаний (безубыточный ROAS = 1 / маржа); сомнение толкуется в пользу щедрой маржи 50 %, раз настоящая неизвестна. Укажите margin=… для точного вывода.",
  },
  cpa_to_target: {
    en: "CPA / target CPA, used when there is no revenue but a target CPA is given. Above 1 each result costs more than planned; at 1.5× a third of every result's cost is over budget.",
    ru: "CPA / целевой CPA, считается, когда выручки нет, но задан целевой CPA. Выше 1 каждый результат дороже плана; при 1,5× треть стоимости каждого результата — сверх бюджета.",
  },
  spend_result_disproportion: {
    en: "For each campaign/channel with at least 5 % of spend: its share of spend divided by its share of conversions, using the upper end of the 95 % Wilson interval of the conversion share so that a few unlucky days cannot make a unit look bad. At 2× the unit pays double the portfolio's price per result; at 3× moving its budget to the others would triple the results. Revenue shares are used when conversions are not tracked (without an interval).",
    ru: "Для каждой кампании/канала с долей расхода не менее 5 %: доля расхода, делённая на долю конверсий, по верхней границе 95 % интервала Уилсона для доли конверсий, чтобы несколько неудачных дней не испортили оценку. При 2× единица платит за результат вдвое больше портфеля; при 3× перенос её бюджета в остальные утроил бы результат. Если конверсии не отслеживаются, берутся доли выручки (без интервала).",
  },
};
