package app.innkeep.ops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.innkeep.ops.demo.OutageDemo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's run command: the narrated outage demo plays to the end and leaves the PDFs it promises. */
class OutageDemoIT {

    @Test
    void theDemoTellsTheOutageStoryAndLeavesTheReentryPdfs() throws Exception {
        Path output = Files.createTempDirectory("innkeep-demo-");
        System.setProperty("innkeep.demo.output", output.toString());
        PrintStream console = System.out;
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        System.setOut(new PrintStream(told, true, StandardCharsets.UTF_8));
        try {
            OutageDemo.main(new String[0]);
        } finally {
            System.setOut(console);
            System.clearProperty("innkeep.demo.output");
        }
        String story = told.toString(StandardCharsets.UTF_8);
        console.println(story);
        assertThat(story)
                .contains("the internet goes down")
                .contains("takes a walk-in")
                .contains("closing check: Verified:")
                .contains("She signs the re-entry off.")
                .contains("searching D");
        Path run;
        try (var runs = Files.list(output)) {
            run = runs.findFirst().orElseThrow();
        }
        for (String pdf : List.of("room-bookings.pdf", "financials.pdf", "items.pdf", "collisions.pdf")) {
            assertThat(Files.size(run.resolve(pdf))).as(pdf).isGreaterThan(1000);
        }
        assertThat(Files.readString(run.resolve("financials.csv"))).contains("VISA");
    }

    @Test
    void theLongStoryClosesEachNightOnTheStandbyAndTheCloudGoesThroughTheSameNights() throws Exception {
        Path output = Files.createTempDirectory("innkeep-demo-days-");
        System.setProperty("innkeep.demo.output", output.toString());
        PrintStream console = System.out;
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        System.setOut(new PrintStream(told, true, StandardCharsets.UTF_8));
        try {
            OutageDemo.main(new String[] {"--days", "3"});
        } finally {
            System.setOut(console);
            System.clearProperty("innkeep.demo.output");
        }
        String story = told.toString(StandardCharsets.UTF_8);
        console.println(story);
        assertThat(story)
                .contains("The line will be down for 3 days")
                .contains("he gets D")
                .contains("is asked for: 409")
                .contains("Nina closes the day on the standby: RENT posted to")
                .contains("2 of 2 nights' RENT equal")
                .contains("She signs the re-entry off.");
        Matcher dates = Pattern.compile("The cloud's business date is (\\S+) \\(it was (\\S+)\\)")
                .matcher(story);
        assertThat(dates.find()).as(story).isTrue();
        assertThat(LocalDate.parse(dates.group(1)))
                .isEqualTo(LocalDate.parse(dates.group(2)).plusDays(2));
    }

    @Test
    void helpSaysWhatTheDemoDoes() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        System.setOut(new PrintStream(told, true, StandardCharsets.UTF_8));
        try {
            OutageDemo.main(new String[] {"--help"});
        } finally {
            System.setOut(console);
        }
        assertThat(told.toString(StandardCharsets.UTF_8))
                .contains("--keep-running")
                .contains("--days N")
                .contains("outage story");
    }
}
