{{/* Common labels of every object the chart renders. */}}
{{- define "trendscout.labels" -}}
app.kubernetes.io/part-of: trendscout
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels of one service (context: dict root, name). */}}
{{- define "trendscout.serviceLabels" -}}
{{ include "trendscout.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ ternary "gateway" "service" (eq .name "gateway") }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{- end -}}

{{/* Selector labels of one service (context: dict root, name). */}}
{{- define "trendscout.selectorLabels" -}}
app.kubernetes.io/part-of: trendscout
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .name }}
{{- end -}}

{{/* A service's effective settings: defaults merged with services.<name> (context: dict root, name). */}}
{{- define "trendscout.service" -}}
{{- $own := index .root.Values.services .name | default dict -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.defaults) (deepCopy $own)) -}}
{{- end -}}

{{- define "trendscout.postgresCluster" -}}{{ .Release.Name }}-postgres{{- end -}}
{{- define "trendscout.kafkaCluster" -}}{{ .Release.Name }}-kafka{{- end -}}

{{- define "trendscout.dbHost" -}}
{{- if eq .Values.postgresql.mode "cnpg" -}}
{{ include "trendscout.postgresCluster" . }}-rw
{{- else -}}
{{ required "postgresql.external.host is required when postgresql.mode=external" .Values.postgresql.external.host }}
{{- end -}}
{{- end -}}

{{- define "trendscout.dbPort" -}}
{{- if eq .Values.postgresql.mode "cnpg" -}}5432{{- else -}}{{ .Values.postgresql.external.port }}{{- end -}}
{{- end -}}

{{- define "trendscout.kafkaBootstrap" -}}
{{- if eq .Values.kafka.mode "strimzi" -}}
{{ include "trendscout.kafkaCluster" . }}-kafka-bootstrap:9092
{{- else -}}
{{ required "kafka.external.bootstrapServers is required when kafka.mode=external" .Values.kafka.external.bootstrapServers }}
{{- end -}}
{{- end -}}

{{- define "trendscout.image" -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end -}}

{{/* Fails the render on values that cannot work. */}}
{{- define "trendscout.validate" -}}
{{- if not (has .Values.postgresql.mode (list "cnpg" "external")) -}}
{{- fail "postgresql.mode must be cnpg or external" -}}
{{- end -}}
{{- if not (has .Values.kafka.mode (list "strimzi" "external")) -}}
{{- fail "kafka.mode must be strimzi or external" -}}
{{- end -}}
{{- if not (hasKey .Values.services "gateway") -}}
{{- fail "services.gateway is required" -}}
{{- end -}}
{{- end -}}
