package org.turnaround.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.turnaround.audit.HistoryLabel;

/**
 * One numbered thing a notice requires of the authority, such as establishing an
 * Improvement Board.
 */
@Audited
@Entity
@Table(name = "notice_requirement")
public class Requirement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "notice_id")
	private ImprovementNotice notice;

	private int number;

	@HistoryLabel("Text")
	private String text;

	@Version
	private Long version;

	static final int MAX_TEXT_LENGTH = 2000;

	protected Requirement() {
	}

	Requirement(ImprovementNotice notice, int number, String text) {
		this.notice = notice;
		this.number = number;
		this.text = text;
	}

	void reword(String text) {
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public String getText() {
		return this.text;
	}

}
