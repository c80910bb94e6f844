// Drives OmegaT's own glossary readers (the classes its Glossary pane uses) on glossary files
// and prints every pair OmegaT would offer: FILE-INDEX <TAB> source <TAB> target <TAB> comment,
// with backslash, tab and newline escaped. Compiled and run by tests/test_export.py.
//
// usage: java -cp OmegaT.jar:. GlossaryDump PROJECT-DIR SOURCE-LANG TARGET-LANG FILE...
import java.io.File;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;

public class GlossaryDump {
    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    public static void main(String[] args) throws Exception {
        // The TBX reader asks the open project for its languages.
        final ProjectProperties props = new ProjectProperties(new File(args[0]));
        props.setSourceLanguage(args[1]);
        props.setTargetLanguage(args[2]);
        Core.setProject(new NotLoadedProject() {
            @Override
            public ProjectProperties getProjectProperties() {
                return props;
            }
        });
        StringBuilder out = new StringBuilder();
        for (int n = 3; n < args.length; n++) {
            File f = new File(args[n]);
            List<GlossaryEntry> entries = f.getName().endsWith(".tbx")
                    ? GlossaryReaderTBX.read(f, false) : GlossaryReaderTSV.read(f, false);
            for (GlossaryEntry e : entries) {
                String[] locs = e.getLocTerms(false);
                String[] coms = e.getComments();
                for (int i = 0; i < locs.length; i++) {
                    String com = i < coms.length && coms[i] != null ? coms[i] : "";
                    out.append(n - 3).append('\t').append(esc(e.getSrcText())).append('\t')
                            .append(esc(locs[i])).append('\t').append(esc(com)).append('\n');
                }
            }
        }
        System.out.write(out.toString().getBytes("UTF-8"));
        System.out.flush();
    }
}
