// Date and time formats shared by every page, so one kind of value always looks the same.
// Each takes the time zone of what it shows (an offering's zone, usually Asia/Shanghai).

export const dateFormat = (timeZone: string) => ({ year: "numeric", month: "short", day: "numeric", timeZone }) as const;
export const dayFormat = (timeZone: string) => ({ year: "numeric", month: "short", day: "numeric", weekday: "short", timeZone }) as const;
export const monthDayFormat = (timeZone: string) => ({ month: "short", day: "numeric", timeZone }) as const;
/** 24-hour clock in both languages: "14:30". */
export const timeFormat = (timeZone: string) => ({ hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }) as const;
