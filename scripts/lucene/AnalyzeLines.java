// Prints the terms Lucene's ArabicAnalyzer (default stop words) gives each line of a UTF-8 file:
// one output line per input line, terms space-separated. Used by scripts/bench-lucene.ts.
// Build: javac -cp lucene-core.jar:lucene-analyzers-common.jar -d OUT AnalyzeLines.java
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

public final class AnalyzeLines {
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java AnalyzeLines FILE");
      System.exit(2);
    }
    try (ArabicAnalyzer analyzer = new ArabicAnalyzer();
        BufferedReader in = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = new BufferedWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = in.readLine()) != null) {
        // The analyzer reuses one TokenStream per thread; each line is reset, consumed, ended and closed.
        TokenStream ts = analyzer.tokenStream("body", line);
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        boolean first = true;
        while (ts.incrementToken()) {
          if (!first) out.write(' ');
          out.write(term.buffer(), 0, term.length());
          first = false;
        }
        ts.end();
        ts.close();
        out.write('\n');
      }
    }
  }
}
