/** Time expressions of Arabic news text: absolute, Hijri and relative dates, resolved against a reference date. This file only re-exports. */
export { findTimes, defaultTimeOptions, type FindTimesOptions } from './find-times.js';
export { inferReference } from './infer-reference.js';
export { TimeExpressionSchema, RelationSchema, GrainSchema, PartSchema, type TimeExpression, type Relation, type Grain, type Part } from '../core/time-schema.js';
export { defaultTimeWords, parseTimeWords, type TimeWords } from './time-words.js';
export { hijriToGregorian } from './hijri.js';
