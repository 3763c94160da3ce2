package org.outagesim.sweep.run;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@code sweep.csv} open for appending. Each block of rows goes to the file with one write and is
 * then forced to the storage device, so a sweep killed at any moment loses at most the block being
 * written; resume drops that block (see {@link ExistingRows}).
 */
final class SweepFile implements Closeable {

  private final FileChannel channel;

  private SweepFile(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Opens {@code file}, keeping its first {@code keep} bytes; an emptied file gets {@code header}.
   */
  static SweepFile open(Path file, long keep, String header) throws IOException {
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      channel.truncate(keep);
      channel.position(keep);
      SweepFile f = new SweepFile(channel);
      if (keep == 0) {
        f.append(header);
      }
      return f;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  /** Appends {@code text} and waits until it is on the device. */
  void append(String text) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
    channel.force(true);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
