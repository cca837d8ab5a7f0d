// Source: name-torture.yaml#/components/schemas/Object
package dev.specgen.models.nametorture;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
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
 * @param private_ the <code>private</code> property.
 * @param links the <code>_links</code> property.
 * @param _01h the <code>0-1h</code> property.
 * @param _24h the <code>24h+</code> property.
 * @param attachments the <code>attachments[]</code> property.
 * @param attachments2 the <code>attachments</code> property.
 * @param userId the <code>user_id</code> property.
 * @param userId2 the <code>userId</code> property.
 * @param additionalProperties_ the <code>additionalProperties</code> property.
 * @param builder_ the <code>builder</code> property.
 * @param toBuilder_ the <code>toBuilder</code> property.
 * @param fromJson the <code>fromJson</code> property.
 * @param build_ the <code>build</code> property.
 * @param hashCode_ the <code>hashCode</code> property.
 * @param this_ the <code>this</code> property.
 * @param source the <code>source</code> property.
 * @param missing the <code>missing</code> property.
 * @param json the <code>json</code> property.
 * @param fields the <code>fields</code> property.
 * @param value the <code>value</code> property.
 * @param quoteD the <code>quote"d</code> property.
 * @param backSlash the <code>back&#92;slash</code> property.
 * @param dollarLS the <code>dollar$L$S</code> property.
 * @param u0041 the <code>&#92;u0041</code> property.
 * @param string the <code>string</code> property.
 * @param list the <code>list</code> property.
 * @param override the <code>override</code> property.
 * @param builderValue the <code>builderValue</code> property.
 * @param known An enum whose name is the one its nested Java enum would take.
 * @param uuid Shares its name with java.util.UUID, which the models also use.
 * @param function the <code>function</code> property.
 * @param support the <code>support</code> property.
 * @param either A variant named Unknown, so the fallback record needs another name.
 * @param stamp the <code>stamp</code> property.
 * @param additionalProperties2 the properties the spec does not declare, written back as read
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
    /**
     * Creates a record of these values; lists and maps are copied, so later changes to the arguments do not show.
     *
     * @param class_ see {@link #class_()}
     * @param private_ see {@link #private_()}
     * @param links see {@link #links()}
     * @param _01h see {@link #_01h()}
     * @param _24h see {@link #_24h()}
     * @param attachments see {@link #attachments()}
     * @param attachments2 see {@link #attachments2()}
     * @param userId see {@link #userId()}
     * @param userId2 see {@link #userId2()}
     * @param additionalProperties_ see {@link #additionalProperties_()}
     * @param builder_ see {@link #builder_()}
     * @param toBuilder_ see {@link #toBuilder_()}
     * @param fromJson see {@link #fromJson()}
     * @param build_ see {@link #build_()}
     * @param hashCode_ see {@link #hashCode_()}
     * @param this_ see {@link #this_()}
     * @param source see {@link #source()}
     * @param missing see {@link #missing()}
     * @param json see {@link #json()}
     * @param fields see {@link #fields()}
     * @param value see {@link #value()}
     * @param quoteD see {@link #quoteD()}
     * @param backSlash see {@link #backSlash()}
     * @param dollarLS see {@link #dollarLS()}
     * @param u0041 see {@link #u0041()}
     * @param string see {@link #string()}
     * @param list see {@link #list()}
     * @param override see {@link #override()}
     * @param builderValue see {@link #builderValue()}
     * @param known see {@link #known()}
     * @param uuid see {@link #uuid()}
     * @param function see {@link #function()}
     * @param support see {@link #support()}
     * @param either see {@link #either()}
     * @param stamp see {@link #stamp()}
     * @param additionalProperties2 see {@link #additionalProperties2()}
     */
    public ObjectModel {
        attachments = dev.specgen.runtime.model.ModelSupport.copy(attachments);
        attachments2 = dev.specgen.runtime.model.ModelSupport.copy(attachments2);
        list = dev.specgen.runtime.model.ModelSupport.copy(list);
        additionalProperties2 = dev.specgen.runtime.model.ModelSupport.copyOrEmpty(additionalProperties2);
    }

    /**
     * A builder with no values set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record's values, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link ObjectModel}; {@link #build()} checks that required properties are set.
     */
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

        private Builder() {
        }

        private Builder(ObjectModel source) {
            this.class_ = source.class_();
            this.private_ = source.private_();
            this.links = source.links();
            this._01h = source._01h();
            this._24h = source._24h();
            this.attachments = dev.specgen.runtime.model.ModelSupport.setOrNull(source.attachments());
            this.attachments2 = dev.specgen.runtime.model.ModelSupport.setOrNull(source.attachments2());
            this.userId = source.userId();
            this.userId2 = source.userId2();
            this.additionalProperties_ = source.additionalProperties_();
            this.builder_ = source.builder_();
            this.toBuilder_ = source.toBuilder_();
            this.fromJson = source.fromJson();
            this.build_ = source.build_();
            this.hashCode_ = source.hashCode_();
            this.this_ = source.this_();
            this.source = source.source();
            this.missing = source.missing();
            this.json = source.json();
            this.fields = source.fields();
            this.value = source.value();
            this.quoteD = source.quoteD();
            this.backSlash = source.backSlash();
            this.dollarLS = source.dollarLS();
            this.u0041 = source.u0041();
            this.string = source.string();
            this.list = dev.specgen.runtime.model.ModelSupport.setOrNull(source.list());
            this.override = source.override();
            this.builderValue = source.builderValue();
            this.known = source.known();
            this.uuid = source.uuid();
            this.function = source.function();
            this.support = source.support();
            this.either = source.either();
            this.stamp = source.stamp();
            this.additionalProperties2.putAll(source.additionalProperties2());
        }

        /**
         * Sets <code>class</code>.
         *
         * @param class_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder class_(@Nullable String class_) {
            this.class_ = class_;
            return this;
        }

        /**
         * Sets <code>private</code>.
         *
         * @param private_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder private_(@Nullable Boolean private_) {
            this.private_ = private_;
            return this;
        }

        /**
         * Sets <code>_links</code>.
         *
         * @param links the value, or {@code null} for none
         * @return this builder
         */
        public Builder links(@Nullable ObjectModelLinks links) {
            this.links = links;
            return this;
        }

        /**
         * Sets <code>0-1h</code>.
         *
         * @param _01h the value, or {@code null} for none
         * @return this builder
         */
        public Builder _01h(@Nullable Integer _01h) {
            this._01h = _01h;
            return this;
        }

        /**
         * Sets <code>24h+</code>.
         *
         * @param _24h the value, or {@code null} for none
         * @return this builder
         */
        public Builder _24h(@Nullable Integer _24h) {
            this._24h = _24h;
            return this;
        }

        /**
         * Sets <code>attachments[]</code>.
         *
         * @param attachments the value; an empty one is written as empty
         * @return this builder
         */
        public Builder attachments(List<String> attachments) {
            this.attachments = attachments;
            return this;
        }

        /**
         * Sets <code>attachments</code>.
         *
         * @param attachments2 the value; an empty one is written as empty
         * @return this builder
         */
        public Builder attachments2(List<String> attachments2) {
            this.attachments2 = attachments2;
            return this;
        }

        /**
         * Sets <code>user_id</code>.
         *
         * @param userId the value, or {@code null} for none
         * @return this builder
         */
        public Builder userId(@Nullable String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets <code>userId</code>.
         *
         * @param userId2 the value, or {@code null} for none
         * @return this builder
         */
        public Builder userId2(@Nullable String userId2) {
            this.userId2 = userId2;
            return this;
        }

        /**
         * Sets <code>additionalProperties</code>.
         *
         * @param additionalProperties_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder additionalProperties_(@Nullable String additionalProperties_) {
            this.additionalProperties_ = additionalProperties_;
            return this;
        }

        /**
         * Sets <code>builder</code>.
         *
         * @param builder_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder builder_(@Nullable String builder_) {
            this.builder_ = builder_;
            return this;
        }

        /**
         * Sets <code>toBuilder</code>.
         *
         * @param toBuilder_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder toBuilder_(@Nullable String toBuilder_) {
            this.toBuilder_ = toBuilder_;
            return this;
        }

        /**
         * Sets <code>fromJson</code>.
         *
         * @param fromJson the value, or {@code null} for none
         * @return this builder
         */
        public Builder fromJson(@Nullable String fromJson) {
            this.fromJson = fromJson;
            return this;
        }

        /**
         * Sets <code>build</code>.
         *
         * @param build_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder build_(@Nullable String build_) {
            this.build_ = build_;
            return this;
        }

        /**
         * Sets <code>hashCode</code>.
         *
         * @param hashCode_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder hashCode_(@Nullable Integer hashCode_) {
            this.hashCode_ = hashCode_;
            return this;
        }

        /**
         * Sets <code>this</code>.
         *
         * @param this_ the value, or {@code null} for none
         * @return this builder
         */
        public Builder this_(@Nullable String this_) {
            this.this_ = this_;
            return this;
        }

        /**
         * Sets <code>source</code>.
         *
         * @param source the value, or {@code null} for none
         * @return this builder
         */
        public Builder source(@Nullable String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets <code>missing</code>.
         *
         * @param missing the value, or {@code null} for none
         * @return this builder
         */
        public Builder missing(@Nullable String missing) {
            this.missing = missing;
            return this;
        }

        /**
         * Sets <code>json</code>.
         *
         * @param json the value, or {@code null} for none
         * @return this builder
         */
        public Builder json(@Nullable String json) {
            this.json = json;
            return this;
        }

        /**
         * Sets <code>fields</code>.
         *
         * @param fields the value, or {@code null} for none
         * @return this builder
         */
        public Builder fields(@Nullable String fields) {
            this.fields = fields;
            return this;
        }

        /**
         * Sets <code>value</code>.
         *
         * @param value the value, or {@code null} for none
         * @return this builder
         */
        public Builder value(@Nullable String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets <code>quote"d</code>.
         *
         * @param quoteD the value, or {@code null} for none
         * @return this builder
         */
        public Builder quoteD(@Nullable String quoteD) {
            this.quoteD = quoteD;
            return this;
        }

        /**
         * Sets <code>back&#92;slash</code>.
         *
         * @param backSlash the value, or {@code null} for none
         * @return this builder
         */
        public Builder backSlash(@Nullable String backSlash) {
            this.backSlash = backSlash;
            return this;
        }

        /**
         * Sets <code>dollar$L$S</code>.
         *
         * @param dollarLS the value, or {@code null} for none
         * @return this builder
         */
        public Builder dollarLS(@Nullable String dollarLS) {
            this.dollarLS = dollarLS;
            return this;
        }

        /**
         * Sets <code>&#92;u0041</code>.
         *
         * @param u0041 the value, or {@code null} for none
         * @return this builder
         */
        public Builder u0041(@Nullable String u0041) {
            this.u0041 = u0041;
            return this;
        }

        /**
         * Sets <code>string</code>.
         *
         * @param string the value, or {@code null} for none
         * @return this builder
         */
        public Builder string(@Nullable StringModel string) {
            this.string = string;
            return this;
        }

        /**
         * Sets <code>list</code>.
         *
         * @param list the value; an empty one is written as empty
         * @return this builder
         */
        public Builder list(List<StringModel> list) {
            this.list = list;
            return this;
        }

        /**
         * Sets <code>override</code>.
         *
         * @param override the value, or {@code null} for none
         * @return this builder
         */
        public Builder override(@Nullable OverrideModel override) {
            this.override = override;
            return this;
        }

        /**
         * Sets <code>builderValue</code>.
         *
         * @param builderValue the value, or {@code null} for none
         * @return this builder
         */
        public Builder builderValue(@Nullable BuilderModel builderValue) {
            this.builderValue = builderValue;
            return this;
        }

        /**
         * Sets <code>known</code>.
         *
         * @param known the value, or {@code null} for none
         * @return this builder
         */
        public Builder known(@Nullable Known known) {
            this.known = known;
            return this;
        }

        /**
         * Sets <code>uuid</code>.
         *
         * @param uuid the value, or {@code null} for none
         * @return this builder
         */
        public Builder uuid(@Nullable Uuid uuid) {
            this.uuid = uuid;
            return this;
        }

        /**
         * Sets <code>function</code>.
         *
         * @param function the value, or {@code null} for none
         * @return this builder
         */
        public Builder function(@Nullable Function function) {
            this.function = function;
            return this;
        }

        /**
         * Sets <code>support</code>.
         *
         * @param support the value, or {@code null} for none
         * @return this builder
         */
        public Builder support(@Nullable ModelSupport support) {
            this.support = support;
            return this;
        }

        /**
         * Sets <code>either</code>.
         *
         * @param either the value, or {@code null} for none
         * @return this builder
         */
        public Builder either(@Nullable Either either) {
            this.either = either;
            return this;
        }

        /**
         * Sets <code>stamp</code>.
         *
         * @param stamp the value, or {@code null} for none
         * @return this builder
         */
        public Builder stamp(@Nullable UUID stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * Adds a property the spec does not declare; it is written as given.
         *
         * @param name the property's JSON name
         * @param value its value
         * @return this builder
         */
        public Builder additionalProperty(String name, @Nullable Object value) {
            this.additionalProperties2.put(name, value);
            return this;
        }

        /**
         * Replaces every property the spec does not declare.
         *
         * @param values the properties by JSON name
         * @return this builder
         */
        public Builder additionalProperties2(Map<String, Object> values) {
            this.additionalProperties2.clear();
            this.additionalProperties2.putAll(values);
            return this;
        }

        /**
         * Builds the record.
         *
         * @return a new record
         * @throws IllegalStateException naming every required property that is not set
         */
        public ObjectModel build() {
            List<String> missing = new ArrayList<>();
            if (this.class_ == null) {
                missing.add("class_");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("ObjectModel is missing required properties: " + String.join(", ", missing));
            }
            return new ObjectModel(
                    this.class_,
                    this.private_,
                    this.links,
                    this._01h,
                    this._24h,
                    dev.specgen.runtime.model.ModelSupport.orAbsent(this.attachments),
                    dev.specgen.runtime.model.ModelSupport.orAbsent(this.attachments2),
                    this.userId,
                    this.userId2,
                    this.additionalProperties_,
                    this.builder_,
                    this.toBuilder_,
                    this.fromJson,
                    this.build_,
                    this.hashCode_,
                    this.this_,
                    this.source,
                    this.missing,
                    this.json,
                    this.fields,
                    this.value,
                    this.quoteD,
                    this.backSlash,
                    this.dollarLS,
                    this.u0041,
                    this.string,
                    dev.specgen.runtime.model.ModelSupport.orAbsent(this.list),
                    this.override,
                    this.builderValue,
                    this.known,
                    this.uuid,
                    this.function,
                    this.support,
                    this.either,
                    this.stamp,
                    this.additionalProperties2);
        }
    }
}
