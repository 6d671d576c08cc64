# syntax=docker/dockerfile:1

# Build stage: the same plain Maven build as on a developer machine; the tests run in CI, not here.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
COPY src ./src
# The cache mount keeps downloaded dependencies between image builds without putting them in a layer.
RUN --mount=type=cache,target=/root/.m2 \
	mvn -q -B -DskipTests package \
	&& cp target/turnaround-*.jar app.jar
# Run the extracted jar, not the fat jar: reading classes from nested jars made dynamic pages
# several times slower (DESIGN.md). The layers keep dependencies apart from our own code, so a
# code change rebuilds only the last, small layer.
RUN java -Djarmode=tools -jar app.jar extract --layers --destination extracted

# Runtime stage: a JRE only, no build tools.
FROM eclipse-temurin:17-jre
# DejaVu Sans is embedded in the cabinet report so every character of a commentary prints.
RUN apt-get update \
	&& apt-get install -y --no-install-recommends fonts-dejavu-core \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system turnaround \
	&& useradd --system --gid turnaround --home-dir /app --shell /usr/sbin/nologin turnaround \
	&& mkdir -p /app/data \
	&& chown turnaround:turnaround /app/data
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER turnaround
EXPOSE 8080
# The JRE image has no curl or wget, so bash's /dev/tcp asks the actuator directly.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
# Without a heap limit the JVM takes a quarter of the container's memory; the app is the only process.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
