# Shared by the benchmark scripts (source it from the repository root): the jar, a free port,
# the application in the embedded default started and stopped, and its log's warnings.
# Needs a JDK 21 or newer (the load generators use virtual threads; the application runs on
# it too): $JAVA_HOME when set, else the default java, else the newest under /usr/lib/jvm.
# The caller sets app_pid= and data= and traps bench_cleanup on EXIT.

java_feature() { "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }'; }

find_java() {
  local candidate
  for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" \
      $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r); do
    if [ -x "$candidate" ] && [ "$(java_feature "$candidate")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
  echo "The benchmarks need a JDK 21 or newer (virtual threads); found none: set JAVA_HOME to one." >&2
  exit 1
}

java=$(find_java)

# The application's jar, built when missing.
bench_jar() {
  local jar
  jar=$(ls target/lyrox-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -B -q -DskipTests package >&2
    jar=$(ls target/lyrox-*.jar | grep -v original | head -n 1)
  fi
  echo "$jar"
}

# A port nothing listens on, below the ephemeral range the stores and clients take theirs from.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2
  exit 1
}

# Starts the jar with these settings (its log in $data/app.log), sets app_pid and waits until
# /actuator/health says UP on the port given by --server.port.
start_app() {
  local jar=$1 port=$2 started
  shift 2
  echo "    java ${JAVA_OPTS:-} -jar $jar --server.port=$port ${*/$data/<temp dir>}"
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" "$@" > "$data/app.log" 2>&1 &
  app_pid=$!
  started=$(date +%s)
  until [[ "$(curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)" == *'"status":"UP"}' ]]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "the application died while starting:"; tail -n 40 "$data/app.log"; exit 1
    fi
    if (( $(date +%s) - started > 300 )); then
      echo "the application is not healthy after 300 s:"; tail -n 40 "$data/app.log"; exit 1
    fi
    sleep 0.5
  done
}

# The application log's warnings and errors, leaving out the libraries' start-up notices (API
# docs switched on, indexes the in-process MongoDB server keeps no secondary index for).
report_warnings() {
  local known='SpringDocAppInitializer|is not yet implemented' warnings
  warnings=$(grep -E ' (WARN|ERROR) ' "$data/app.log" | grep -c -v -E "$known" || true)
  if [ "$warnings" -gt 0 ]; then
    echo "application log: $warnings warnings or errors, the first ones:"
    # head stops reading after five lines; the writers' SIGPIPE is not a failure of the run.
    grep -E ' (WARN|ERROR) ' "$data/app.log" | grep -v -E "$known" | cut -c1-400 | head -n 5 || true
  fi
  if [ -n "${KEEP_LOG:-}" ]; then cp "$data/app.log" "$KEEP_LOG"; fi
}

# SIGTERM, as Ctrl-C would; the embedded servers stop with the application.
stop_app() {
  kill -TERM "$app_pid"
  wait "$app_pid" || true
  app_pid=
}

bench_cleanup() {
  if [ -n "${app_pid:-}" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  if [ -n "${data:-}" ]; then rm -rf "$data"; fi
}
