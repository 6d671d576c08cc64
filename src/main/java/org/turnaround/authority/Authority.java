package org.turnaround.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.util.Assert;

/**
 * A council with children's services.
 */
@Entity
public class Authority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String slug;

	@Column(name = "ofsted_urn")
	private String ofstedUrn;

	@Version
	private Long version;

	protected Authority() {
	}

	public Authority(String name, String slug, String ofstedUrn) {
		Assert.hasText(name, "An authority needs a name");
		Assert.isTrue(slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*"),
				"An authority's short name must be lower-case letters, digits and hyphens");
		this.name = name;
		this.slug = slug;
		this.ofstedUrn = ofstedUrn;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getOfstedUrn() {
		return this.ofstedUrn;
	}

}
