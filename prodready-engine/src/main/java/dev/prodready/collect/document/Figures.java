package dev.prodready.collect.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds durations, dates and percentages in a line of prose, as written. */
final class Figures {

    /** A figure and where it sits in its line. */
    record Found(String text, int start, int end) {
    }

    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    private static final String LONG_UNITS = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|business days?|days?|weeks?|wks?|months?|years?|"
            + "stunden?|std|minuten?|tagen?|tage|wochen?|monaten?|monate|jahren?|jahre|heures?|jours?|semaines?|mois|ans)";
    private static final String SHORT_UNITS = "(?:h|m|d|s|hr|min)";
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\w.])(?:"
                    + NUMBER + "\\s*(?:(?:-|–|to)\\s*" + NUMBER + "\\s*)?(?:" + LONG_UNITS + "|" + SHORT_UNITS + ")"
                    + "|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|thirty|twenty[- ]four|half an?)\\s+"
                    + LONG_UNITS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.])(\\d{2,3}(?:\\.\\d+)?)\\s*%");

    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(20\\d\\d)[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\.?,?\\s+(20\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(20\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(next|scheduled|planned|upcoming|due|will|target date)\\b", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    static List<Found> durations(String line) {
        List<Found> result = new ArrayList<>();
        Matcher m = DURATION.matcher(line);
        while (m.find()) {
            result.add(new Found(m.group().strip(), m.start(), m.end()));
        }
        return result;
    }

    /** The first percentage between 90 and 100 (an uptime or availability figure). */
    static Optional<String> uptimePercent(String line) {
        Matcher m = PERCENT.matcher(line);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            if (value >= 90 && value <= 100) {
                return Optional.of(m.group(1) + "%");
            }
        }
        return Optional.empty();
    }

    /** True when the line speaks of something yet to happen ("next restore test: ..."). */
    static boolean aboutTheFuture(String line) {
        return FUTURE.matcher(line).find();
    }

    /** Every valid date written in the line. */
    static List<LocalDate> dates(String line) {
        List<LocalDate> result = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(line);
        while (iso.find()) {
            date(iso.group(1), iso.group(2), iso.group(3)).ifPresent(result::add);
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(line);
        while (dmy.find()) {
            date(dmy.group(3), String.valueOf(month(dmy.group(2))), dmy.group(1)).ifPresent(result::add);
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(line);
        while (mdy.find()) {
            date(mdy.group(3), String.valueOf(month(mdy.group(1))), mdy.group(2)).ifPresent(result::add);
        }
        return result;
    }

    private static int month(String name) {
        String m = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
