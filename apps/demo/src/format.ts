/** Formatters are created once per module: `new Intl.*` is expensive, never make one per render. */
const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** `1234` → `$1,234`. */
export const formatCurrency = (value: number): string => currency.format(value);
/** `48210` → `48,210`. */
export const formatInteger = (value: number): string => integer.format(value);
/** `0.034` → `3.4%`. */
export const formatPercent = (value: number): string => percent.format(value);
