package org.cthub.deploy.support;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/** Report profiles and files as three NGOs would send them: a Romanian CSV in Windows-1250, an HXL CSV, and JSON. */
public final class ReportFixtures {

    public static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    /** A Romanian NGO's quarterly sheet, Windows-1250 with semicolons (cedilla ş and ţ, as that code page has them). */
    public static final String ROMANIAN_CSV = "Perioada de la;Perioada până la;Ţara;Indicator;Gen;Grupa de vârstă;Tip de asistenţă;Număr\r\n"
            + "01.01.2026;31.03.2026;RO;Persoane asistate;Femeie;18-20;Adăpost;12\r\n"
            + "01.01.2026;31.03.2026;RO;Nopţi de adăpost;;;;1.234\r\n"
            + "31.13.2026;31.03.2026;Romania;Persoane asistate;X;18-20;Adăpost;doi\r\n";

    private ReportFixtures() {
    }

    public static byte[] romanianCsv() {
        return ROMANIAN_CSV.getBytes(WINDOWS_1250);
    }

    public static Map<String, Object> romanianProfile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "Romanian quarterly " + java.util.UUID.randomUUID().toString().substring(0, 8));
        profile.put("template", "activity-report");
        profile.put("templateVersion", 1);
        profile.put("format", "csv");
        profile.put("encoding", "windows-1250");
        profile.put("delimiter", ";");
        profile.put("dateFormat", "dd.MM.yyyy");
        profile.put("thousandsSeparator", ".");
        profile.put("columns", Map.of("periodStart", "Perioada de la", "periodEnd", "Perioada până la", "country", "Ţara",
                "measure", "Indicator", "gender", "Gen", "ageBroad", "Grupa de vârstă", "assistanceType", "Tip de asistenţă",
                "count", "Număr"));
        profile.put("valueMappings", Map.of("gender", Map.of("F", "Woman", "Femeie", "Woman", "M", "Man", "Bărbat", "Man"),
                "measure", Map.of("Persoane asistate", "persons-assisted", "Nopţi de adăpost", "shelter-nights"),
                "assistanceType", Map.of("Adăpost", "shelter", "Consiliere", "psychosocial"),
                "ageBroad", Map.of("18-20", "18--20", "21-23", "21--23")));
        return profile;
    }

    public static Map<String, Object> hxlProfile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "HXL activity " + java.util.UUID.randomUUID().toString().substring(0, 8));
        profile.put("template", "activity-report");
        profile.put("templateVersion", 1);
        profile.put("format", "hxl-csv");
        profile.put("columns", Map.of("periodStart", "#date+start", "periodEnd", "#date+end", "country", "#country+code",
                "measure", "#indicator+type", "gender", "#affected+gender", "count", "#affected+num"));
        profile.put("valueMappings", Map.of("gender", Map.of("female", "Woman", "Žensko", "Woman", "male", "Man", "Muško", "Man")));
        return profile;
    }

    public static final String HXL_CSV = "Start,End,Country,What,Gender,How many\n"
            + "#date+start,#date+end,#country+code,#indicator+type,#affected+gender,#affected+num\n"
            + "2026-01-01,2026-03-31,BA,persons-assisted,Žensko,7\n"
            + "2026-01-01,2026-03-31,BA,persons-assisted,Muško,3\n";

    /** Writes an activity report of {@code rows} count lines in the {@link #activityCsvProfile()} layout (ReportMillionRowsIT, bench/). */
    public static void writeActivityCsv(java.nio.file.Path csv, int rows) throws java.io.IOException {
        try (java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            out.write("start,end,country,what,gender,age,help,n\n");
            String[] genders = {"F", "M"};
            String[] ages = {"18-20", "21-23", "9-17"};
            for (int i = 0; i < rows; i++) {
                out.write("2026-01-01,2026-03-31,RO,persons-assisted," + genders[i % 2] + "," + ages[i % 3] + ",shelter," + (i % 50) + "\n");
            }
        }
    }

    /** The CSV profile of {@link #writeActivityCsv}. */
    public static Map<String, Object> activityCsvProfile() {
        return Map.of("name", "Million", "template", "activity-report", "templateVersion", 1, "format", "csv",
                "columns", Map.of("periodStart", "start", "periodEnd", "end", "country", "country", "measure", "what",
                        "gender", "gender", "ageBroad", "age", "assistanceType", "help", "count", "n"),
                "valueMappings", Map.of("gender", Map.of("F", "Woman", "M", "Man"),
                        "ageBroad", Map.of("18-20", "18--20", "21-23", "21--23", "9-17", "9--17")));
    }
}
