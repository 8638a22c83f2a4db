/// <reference types="google-apps-script" />
// Data validation and conditional formatting (their builders and the rules they build), and the sheet's filter.
import type { Env } from './env';
import type { FakeSheet, FormatRule, GradientPoint, ValidationRule } from './model';
import { toA1 } from './a1';
import { gasRange, type GasRange } from './range';

type DVBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type CFBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;

const as = <T>(value: unknown) => value as T;

export class GasDataValidation
  implements
    Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  constructor(
    private env: Env,
    readonly rule: ValidationRule,
  ) {}
  getCriteriaType() {
    return as<GoogleAppsScript.Spreadsheet.DataValidationCriteria>(this.rule.criteria);
  }
  getCriteriaValues() {
    return [...this.rule.values];
  }
  getAllowInvalid() {
    return this.rule.allowInvalid;
  }
  getHelpText() {
    return this.rule.helpText;
  }
  copy() {
    return newDataValidation(this.env, { ...this.rule, values: [...this.rule.values] });
  }
}

class GasDataValidationBuilder
  implements
    Pick<
      DVBuilder,
      'requireValueInList' | 'requireDate' | 'requireCheckbox' | 'requireTextIsEmail' | 'setAllowInvalid' | 'setHelpText' | 'build'
    >
{
  constructor(
    private env: Env,
    private rule: ValidationRule,
  ) {}
  private require(criteria: string, values: unknown[]): DVBuilder {
    this.rule = { ...this.rule, criteria, values };
    return as<DVBuilder>(this);
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.require('VALUE_IN_LIST', [[...values], showDropdown]);
  }
  requireDate() {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox() {
    return this.require('CHECKBOX', []);
  }
  requireTextIsEmail() {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }
  setAllowInvalid(allowInvalid: boolean) {
    this.rule = { ...this.rule, allowInvalid };
    return as<DVBuilder>(this);
  }
  setHelpText(helpText: string) {
    this.rule = { ...this.rule, helpText };
    return as<DVBuilder>(this);
  }
  build() {
    if (!this.rule.criteria) throw new Error('A data validation rule needs a criteria: call a require… method first.');
    return gasDataValidation(this.env, { ...this.rule });
  }
}

export function gasDataValidation(env: Env, rule: ValidationRule) {
  return env.wrap(new GasDataValidation(env, rule), 'DataValidation') as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

export function newDataValidation(env: Env, rule: ValidationRule = { criteria: '', values: [], allowInvalid: true, helpText: '' }) {
  return env.wrap(new GasDataValidationBuilder(env, rule), 'DataValidationBuilder') as unknown as DVBuilder;
}

/** What a rule built here carries besides the Apps Script methods: its record and its ranges. */
export class GasConditionalFormatRule
  implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges' | 'copy' | 'getGradientCondition'>
{
  constructor(
    private env: Env,
    readonly rule: FormatRule,
    readonly rangeObjects: Range[],
  ) {}
  getRanges() {
    return [...this.rangeObjects];
  }
  /** A rule holds either a boolean condition or a gradient one: a colour scale has no boolean condition. */
  getBooleanCondition() {
    const { criteria, values, format } = this.rule;
    if (this.rule.gradient) return null;
    return this.env.wrap(
      {
        getCriteriaType: () => criteria,
        getCriteriaValues: () => [...values],
        getBackground: () => format.background ?? null,
        getFontColor: () => format.fontColor ?? null,
        getBold: () => format.bold ?? null,
      },
      'BooleanCondition',
    );
  }
  getGradientCondition() {
    const { gradient } = this.rule;
    if (!gradient) return null;
    const point = (p: GradientPoint | undefined) => ({
      color: p?.color ?? '',
      type: (p ? p.type : null) as unknown as GoogleAppsScript.Spreadsheet.InterpolationType | null,
      value: p?.value ?? '',
    });
    const [min, mid, max] = [point(gradient.min), point(gradient.mid), point(gradient.max)];
    const condition: GoogleAppsScript.Spreadsheet.GradientCondition = {
      getMinColor: () => min.color,
      getMinType: () => min.type,
      getMinValue: () => min.value,
      getMidColor: () => mid.color,
      getMidType: () => mid.type,
      getMidValue: () => mid.value,
      getMaxColor: () => max.color,
      getMaxType: () => max.type,
      getMaxValue: () => max.value,
    } as unknown as GoogleAppsScript.Spreadsheet.GradientCondition;
    return this.env.wrap(condition, 'GradientCondition');
  }
  copy() {
    return newConditionalFormatRule(this.env, this.rule, this.rangeObjects);
  }
}

class GasConditionalFormatRuleBuilder
  implements
    Pick<
      CFBuilder,
      | 'whenFormulaSatisfied'
      | 'whenTextEqualTo'
      | 'whenTextContains'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenDateBefore'
      | 'whenDateAfter'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setItalic'
      | 'setStrikethrough'
      | 'setUnderline'
      | 'setRanges'
      | 'build'
      | 'setGradientMinpoint'
      | 'setGradientMinpointWithValue'
      | 'setGradientMidpointWithValue'
      | 'setGradientMaxpoint'
      | 'setGradientMaxpointWithValue'
    >
{
  constructor(
    private env: Env,
    private rule: FormatRule,
    private ranges: Range[],
  ) {}
  /** A boolean condition replaces a gradient one (a rule has one or the other). */
  private when(criteria: string, values: unknown[]): CFBuilder {
    const { gradient: _dropped, ...rest } = this.rule;
    this.rule = { ...rest, criteria, values };
    return as<CFBuilder>(this);
  }
  /** A gradient point makes the rule a colour scale, replacing any boolean condition (criteria 'GRADIENT'). */
  private point(at: 'min' | 'mid' | 'max', color: string, type: unknown, value: string): CFBuilder {
    const gradient = { ...(this.rule.gradient ?? {}), [at]: { color: String(color), type: String(type), value: String(value) } };
    this.rule = { ...this.rule, criteria: 'GRADIENT', values: [], gradient };
    return as<CFBuilder>(this);
  }
  /** Without a value the point is the range's own minimum (InterpolationType MIN, value ''), as Apps Script documents. */
  setGradientMinpoint(color: string) {
    return this.point('min', color, 'MIN', '');
  }
  setGradientMinpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string) {
    return this.point('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string) {
    return this.point('mid', color, type, value);
  }
  setGradientMaxpoint(color: string) {
    return this.point('max', color, 'MAX', '');
  }
  setGradientMaxpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string) {
    return this.point('max', color, type, value);
  }
  private format(change: FormatRule['format']): CFBuilder {
    this.rule = { ...this.rule, format: { ...this.rule.format, ...change } };
    return as<CFBuilder>(this);
  }
  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenDateBefore(date: unknown) {
    return this.when('DATE_BEFORE', [date]);
  }
  whenDateAfter(date: unknown) {
    return this.when('DATE_AFTER', [date]);
  }
  setBackground(color: string | null) {
    return this.format({ background: color ?? undefined });
  }
  setFontColor(color: string | null) {
    return this.format({ fontColor: color ?? undefined });
  }
  setBold(bold: boolean | null) {
    return this.format({ bold: bold ?? undefined });
  }
  setItalic(italic: boolean | null) {
    return this.format({ italic: italic ?? undefined });
  }
  setStrikethrough(strikethrough: boolean | null) {
    return this.format({ strikethrough: strikethrough ?? undefined });
  }
  setUnderline(underline: boolean | null) {
    return this.format({ underline: underline ?? undefined });
  }
  setRanges(ranges: Range[]) {
    this.ranges = [...ranges];
    this.rule = { ...this.rule, ranges: ranges.map((r) => toA1((r as unknown as GasRange).area)) };
    return as<CFBuilder>(this);
  }
  build() {
    if (!this.rule.criteria) throw new Error('A conditional format rule needs a condition: call a when… or setGradient… method first.');
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range: call setRanges.');
    return as<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(
      this.env.wrap(new GasConditionalFormatRule(this.env, { ...this.rule }, this.ranges), 'ConditionalFormatRule'),
    );
  }
}

export function newConditionalFormatRule(env: Env, rule?: FormatRule, ranges: Range[] = []) {
  const start: FormatRule = rule
    ? { ...rule, format: { ...rule.format }, ...(rule.gradient ? { gradient: { ...rule.gradient } } : {}) }
    : { criteria: '', values: [], format: {}, ranges: [] };
  return env.wrap(new GasConditionalFormatRuleBuilder(env, start, ranges), 'ConditionalFormatRuleBuilder') as unknown as CFBuilder;
}

/** A filter criteria as Sheets keeps it per column: values hidden, or a condition (BooleanCriteria name). */
export interface FilterCriteriaRecord {
  hiddenValues: string[];
  visibleValues: string[];
  criteria: string;
  values: unknown[];
}

type FCBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

export class GasFilterCriteria
  implements Pick<GoogleAppsScript.Spreadsheet.FilterCriteria, 'getHiddenValues' | 'getVisibleValues' | 'getCriteriaValues' | 'copy'>
{
  constructor(
    private env: Env,
    readonly record: FilterCriteriaRecord,
  ) {}
  getHiddenValues() {
    return [...this.record.hiddenValues];
  }
  getVisibleValues() {
    return [...this.record.visibleValues];
  }
  getCriteriaType() {
    return (this.record.criteria || null) as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues() {
    return [...this.record.values];
  }
  copy() {
    return newFilterCriteria(this.env, this.record);
  }
}

class GasFilterCriteriaBuilder
  implements Pick<FCBuilder, 'setHiddenValues' | 'setVisibleValues' | 'whenTextEqualTo' | 'whenCellNotEmpty' | 'whenCellEmpty' | 'build'>
{
  constructor(
    private env: Env,
    private record: FilterCriteriaRecord,
  ) {}
  private change(part: Partial<FilterCriteriaRecord>): FCBuilder {
    this.record = { ...this.record, ...part };
    return as<FCBuilder>(this);
  }
  setHiddenValues(values: string[]) {
    return this.change({ hiddenValues: [...values] });
  }
  setVisibleValues(values: string[]) {
    return this.change({ visibleValues: [...values] });
  }
  whenTextEqualTo(text: string) {
    return this.change({ criteria: 'TEXT_EQUAL_TO', values: [text] });
  }
  whenCellNotEmpty() {
    return this.change({ criteria: 'CELL_NOT_EMPTY', values: [] });
  }
  whenCellEmpty() {
    return this.change({ criteria: 'CELL_EMPTY', values: [] });
  }
  build() {
    return gasFilterCriteria(this.env, { ...this.record });
  }
}

export function gasFilterCriteria(env: Env, record: FilterCriteriaRecord) {
  return env.wrap(new GasFilterCriteria(env, record), 'FilterCriteria') as unknown as GoogleAppsScript.Spreadsheet.FilterCriteria;
}

export function newFilterCriteria(env: Env, record?: FilterCriteriaRecord) {
  const start = record ? { ...record } : { hiddenValues: [], visibleValues: [], criteria: '', values: [] };
  return env.wrap(new GasFilterCriteriaBuilder(env, start), 'FilterCriteriaBuilder') as unknown as FCBuilder;
}

class GasFilter
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Filter,
      'getRange' | 'remove' | 'getColumnFilterCriteria' | 'setColumnFilterCriteria' | 'removeColumnFilterCriteria'
    >
{
  constructor(
    private env: Env,
    private sheet: FakeSheet,
  ) {}
  getRange() {
    return gasRange(this.env, this.sheet, this.sheet.range(this.sheet.filterRange ?? 'A1'));
  }
  remove() {
    this.sheet.filterRange = null;
    this.sheet.filterCriteria = {};
  }
  /** columnPosition counts from the sheet's column A, as in Apps Script. */
  getColumnFilterCriteria(columnPosition: number) {
    const record = this.sheet.filterCriteria[columnPosition];
    return record ? gasFilterCriteria(this.env, record) : null;
  }
  setColumnFilterCriteria(columnPosition: number, filterCriteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null) {
    if (filterCriteria) this.sheet.filterCriteria[columnPosition] = (filterCriteria as unknown as GasFilterCriteria).record;
    else delete this.sheet.filterCriteria[columnPosition];
    return as<GoogleAppsScript.Spreadsheet.Filter>(this);
  }
  removeColumnFilterCriteria(columnPosition: number) {
    return this.setColumnFilterCriteria(columnPosition, null);
  }
}

export function gasFilter(env: Env, sheet: FakeSheet) {
  return env.wrap(new GasFilter(env, sheet), 'Filter') as unknown as GoogleAppsScript.Spreadsheet.Filter;
}
