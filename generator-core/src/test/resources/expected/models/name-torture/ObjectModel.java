// Source: name-torture.yaml#/components/schemas/Object
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Wire names that are keywords, not identifiers, or that collide once camel-cased.
 *
 * @param class_ the <code>class</code> property. Required.
 * @param known An enum whose name is the one its nested Java enum would take.
 * @param uuid Shares its name with java.util.UUID, which the models also use.
 * @param either A variant named Unknown, so the fallback record needs another name.
 */
@Generated("dev.specgen.emit.model.ModelEmitter")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjectModel(
        @com.fasterxml.jackson.annotation.JsonProperty("class") @Nullable String class_,
        @com.fasterxml.jackson.annotation.JsonProperty("private") @Nullable Boolean private_,
        @com.fasterxml.jackson.annotation.JsonProperty("_links") @Nullable ObjectModelLinks links,
        @com.fasterxml.jackson.annotation.JsonProperty("0-1h") @Nullable Integer _01h,
        @com.fasterxml.jackson.annotation.JsonProperty("24h+") @Nullable Integer _24h,
        @com.fasterxml.jackson.annotation.JsonProperty("attachments[]") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = dev.specgen.runtime.model.ModelSupport.Absent.class) List<String> attachments,
        @com.fasterxml.jackson.annotation.JsonProperty("attachments") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = dev.specgen.runtime.model.ModelSupport.Absent.class) List<String> attachments2,
        @com.fasterxml.jackson.annotation.JsonProperty("user_id") @Nullable String userId,
        @com.fasterxml.jackson.annotation.JsonProperty("userId") @Nullable String userId2,
        @com.fasterxml.jackson.annotation.JsonProperty("additionalProperties") @Nullable String additionalProperties_,
        @com.fasterxml.jackson.annotation.JsonProperty("builder") @Nullable String builder_,
        @com.fasterxml.jackson.annotation.JsonProperty("toBuilder") @Nullable String toBuilder_,
        @com.fasterxml.jackson.annotation.JsonProperty("fromJson") @Nullable String fromJson,
        @com.fasterxml.jackson.annotation.JsonProperty("build") @Nullable String build_,
        @com.fasterxml.jackson.annotation.JsonProperty("hashCode") @Nullable Integer hashCode_,
        @com.fasterxml.jackson.annotation.JsonProperty("this") @Nullable String this_,
        @com.fasterxml.jackson.annotation.JsonProperty("source") @Nullable String source,
        @com.fasterxml.jackson.annotation.JsonProperty("missing") @Nullable String missing,
        @com.fasterxml.jackson.annotation.JsonProperty("json") @Nullable String json,
        @com.fasterxml.jackson.annotation.JsonProperty("fields") @Nullable String fields,
        @com.fasterxml.jackson.annotation.JsonProperty("value") @Nullable String value,
        @com.fasterxml.jackson.annotation.JsonProperty("quote\"d") @Nullable String quoteD,
        @com.fasterxml.jackson.annotation.JsonProperty("back\\slash") @Nullable String backSlash,
        @com.fasterxml.jackson.annotation.JsonProperty("dollar$L$S") @Nullable String dollarLS,
        @com.fasterxml.jackson.annotation.JsonProperty("\\u0041") @Nullable String u0041,
        @com.fasterxml.jackson.annotation.JsonProperty("string") @Nullable StringModel string,
        @com.fasterxml.jackson.annotation.JsonProperty("list") @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = dev.specgen.runtime.model.ModelSupport.Absent.class) List<StringModel> list,
        @com.fasterxml.jackson.annotation.JsonProperty("override") @Nullable OverrideModel override,
        @com.fasterxml.jackson.annotation.JsonProperty("builderValue") @Nullable BuilderModel builderValue,
        @com.fasterxml.jackson.annotation.JsonProperty("known") @Nullable Known known,
        @com.fasterxml.jackson.annotation.JsonProperty("uuid") @Nullable Uuid uuid,
        @com.fasterxml.jackson.annotation.JsonProperty("function") @Nullable Function function,
        @com.fasterxml.jackson.annotation.JsonProperty("support") @Nullable ModelSupport support,
        @com.fasterxml.jackson.annotation.JsonProperty("either") @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) @Nullable Either either,
        @com.fasterxml.jackson.annotation.JsonProperty("stamp") @Nullable UUID stamp,
        @JsonAnySetter @JsonAnyGetter @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS) Map<String, Object> additionalProperties2) {
    public ObjectModel {
        attachments = dev.specgen.runtime.model.ModelSupport.copy(attachments);
        attachments2 = dev.specgen.runtime.model.ModelSupport.copy(attachments2);
        list = dev.specgen.runtime.model.ModelSupport.copy(list);
        additionalProperties2 = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties2);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().class_(class_).private_(private_).links(links)._01h(_01h)
                ._24h(_24h).userId(userId).userId2(userId2)
                .additionalProperties_(additionalProperties_).builder_(builder_)
                .toBuilder_(toBuilder_).fromJson(fromJson).build_(build_).hashCode_(hashCode_)
                .this_(this_).source(source).missing(missing).json(json).fields(fields).value(value)
                .quoteD(quoteD).backSlash(backSlash).dollarLS(dollarLS).u0041(u0041).string(string)
                .override(override).builderValue(builderValue).known(known).uuid(uuid)
                .function(function).support(support).either(either).stamp(stamp)
                .additionalProperties2(additionalProperties2);
        builder.attachments = dev.specgen.runtime.model.ModelSupport.setOrNull(attachments);
        builder.attachments2 = dev.specgen.runtime.model.ModelSupport.setOrNull(attachments2);
        builder.list = dev.specgen.runtime.model.ModelSupport.setOrNull(list);
        return builder;
    }

    public static final class Builder {
        private @Nullable String class_;
        private @Nullable Boolean private_;
        private @Nullable ObjectModelLinks links;
        private @Nullable Integer _01h;
        private @Nullable Integer _24h;
        private @Nullable List<String> attachments;
        private @Nullable List<String> attachments2;
        private @Nullable String userId;
        private @Nullable String userId2;
        private @Nullable String additionalProperties_;
        private @Nullable String builder_;
        private @Nullable String toBuilder_;
        private @Nullable String fromJson;
        private @Nullable String build_;
        private @Nullable Integer hashCode_;
        private @Nullable String this_;
        private @Nullable String source;
        private @Nullable String missing;
        private @Nullable String json;
        private @Nullable String fields;
        private @Nullable String value;
        private @Nullable String quoteD;
        private @Nullable String backSlash;
        private @Nullable String dollarLS;
        private @Nullable String u0041;
        private @Nullable StringModel string;
        private @Nullable List<StringModel> list;
        private @Nullable OverrideModel override;
        private @Nullable BuilderModel builderValue;
        private @Nullable Known known;
        private @Nullable Uuid uuid;
        private @Nullable Function function;
        private @Nullable ModelSupport support;
        private @Nullable Either either;
        private @Nullable UUID stamp;
        private final Map<String, Object> additionalProperties2 = new LinkedHashMap<>();

        private Builder() {}

        public Builder class_(@Nullable String class_) {
            this.class_ = class_;
            return this;
        }

        public Builder private_(@Nullable Boolean private_) {
            this.private_ = private_;
            return this;
        }

        public Builder links(@Nullable ObjectModelLinks links) {
            this.links = links;
            return this;
        }

        public Builder _01h(@Nullable Integer _01h) {
            this._01h = _01h;
            return this;
        }

        public Builder _24h(@Nullable Integer _24h) {
            this._24h = _24h;
            return this;
        }

        public Builder attachments(List<String> attachments) {
            this.attachments = attachments;
            return this;
        }

        public Builder attachments2(List<String> attachments2) {
            this.attachments2 = attachments2;
            return this;
        }

        public Builder userId(@Nullable String userId) {
            this.userId = userId;
            return this;
        }

        public Builder userId2(@Nullable String userId2) {
            this.userId2 = userId2;
            return this;
        }

        public Builder additionalProperties_(@Nullable String additionalProperties_) {
            this.additionalProperties_ = additionalProperties_;
            return this;
        }

        public Builder builder_(@Nullable String builder_) {
            this.builder_ = builder_;
            return this;
        }

        public Builder toBuilder_(@Nullable String toBuilder_) {
            this.toBuilder_ = toBuilder_;
            return this;
        }

        public Builder fromJson(@Nullable String fromJson) {
            this.fromJson = fromJson;
            return this;
        }

        public Builder build_(@Nullable String build_) {
            this.build_ = build_;
            return this;
        }

        public Builder hashCode_(@Nullable Integer hashCode_) {
            this.hashCode_ = hashCode_;
            return this;
        }

        public Builder this_(@Nullable String this_) {
            this.this_ = this_;
            return this;
        }

        public Builder source(@Nullable String source) {
            this.source = source;
            return this;
        }

        public Builder missing(@Nullable String missing) {
            this.missing = missing;
            return this;
        }

        public Builder json(@Nullable String json) {
            this.json = json;
            return this;
        }

        public Builder fields(@Nullable String fields) {
            this.fields = fields;
            return this;
        }

        public Builder value(@Nullable String value) {
            this.value = value;
            return this;
        }

        public Builder quoteD(@Nullable String quoteD) {
            this.quoteD = quoteD;
            return this;
        }

        public Builder backSlash(@Nullable String backSlash) {
            this.backSlash = backSlash;
            return this;
        }

        public Builder dollarLS(@Nullable String dollarLS) {
            this.dollarLS = dollarLS;
            return this;
        }

        public Builder u0041(@Nullable String u0041) {
            this.u0041 = u0041;
            return this;
        }

        public Builder string(@Nullable StringModel string) {
            this.string = string;
            return this;
        }

        public Builder list(List<StringModel> list) {
            this.list = list;
            return this;
        }

        public Builder override(@Nullable OverrideModel override) {
            this.override = override;
            return this;
        }

        public Builder builderValue(@Nullable BuilderModel builderValue) {
            this.builderValue = builderValue;
            return this;
        }

        public Builder known(@Nullable Known known) {
            this.known = known;
            return this;
        }

        public Builder uuid(@Nullable Uuid uuid) {
            this.uuid = uuid;
            return this;
        }

        public Builder function(@Nullable Function function) {
            this.function = function;
            return this;
        }

        public Builder support(@Nullable ModelSupport support) {
            this.support = support;
            return this;
        }

        public Builder either(@Nullable Either either) {
            this.either = either;
            return this;
        }

        public Builder stamp(@Nullable UUID stamp) {
            this.stamp = stamp;
            return this;
        }

        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties2.put(name, value);
            return this;
        }

        public Builder additionalProperties2(Map<String, Object> values) {
            this.additionalProperties2.clear();
            this.additionalProperties2.putAll(values);
            return this;
        }

        /**
         * @throws IllegalStateException naming every required property that is not set
         */
        public ObjectModel build() {
            dev.specgen.runtime.model.ModelSupport.requireSet("ObjectModel", "class_", this.class_);
            return new ObjectModel(this.class_, this.private_, this.links, this._01h, this._24h,
                    dev.specgen.runtime.model.ModelSupport.orAbsent(this.attachments),
                    dev.specgen.runtime.model.ModelSupport.orAbsent(this.attachments2), this.userId,
                    this.userId2, this.additionalProperties_, this.builder_, this.toBuilder_,
                    this.fromJson, this.build_, this.hashCode_, this.this_, this.source,
                    this.missing, this.json, this.fields, this.value, this.quoteD, this.backSlash,
                    this.dollarLS, this.u0041, this.string,
                    dev.specgen.runtime.model.ModelSupport.orAbsent(this.list), this.override,
                    this.builderValue, this.known, this.uuid, this.function, this.support,
                    this.either, this.stamp, this.additionalProperties2);
        }
    }
}
