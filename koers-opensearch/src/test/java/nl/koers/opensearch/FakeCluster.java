package nl.koers.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake cluster for tests: a plain-socket HTTP/1.1 server on 127.0.0.1 that answers every request
 * with one status and body, and records {@code METHOD /path} of each. (The JDK's own HTTP server is
 * off limits: forbiddenapis bans its non-portable package.)
 */
final class FakeCluster implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final Thread loop;

  FakeCluster(int status, String body) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    loop = new Thread(() -> serve(status, body), "fake-cluster");
    loop.setDaemon(true);
    loop.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  List<String> asked() {
    return asked;
  }

  private void serve(int status, String body) {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        BufferedReader in =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        String requestLine = in.readLine();
        if (requestLine == null) {
          continue;
        }
        int length = 0;
        for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
          if (h.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(h.substring(15).strip());
          }
        }
        for (int i = 0; i < length; i++) {
          in.read(); // the request body: read, not looked at
        }
        String[] parts = requestLine.split(" ");
        String path =
            parts[1].contains("?") ? parts[1].substring(0, parts[1].indexOf('?')) : parts[1];
        asked.add(parts[0] + " " + path);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean head = parts[0].equals("HEAD");
        OutputStream out = s.getOutputStream();
        out.write(
            ("HTTP/1.1 "
                    + status
                    + " Fake\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        if (!head) {
          out.write(bytes);
        }
        out.flush();
      } catch (IOException e) {
        // closed while waiting, or a client that hung up: the next request is served anew
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
