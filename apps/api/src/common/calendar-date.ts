/** 'YYYY-MM-DD' with a real month and a day 01–31; IsISO8601 strict then refuses 30 February. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
