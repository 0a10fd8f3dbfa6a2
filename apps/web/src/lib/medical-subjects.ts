/** A schema.org Thing an article is about: a medical condition or a drug. */
export interface MedicalSubject {
  '@type': 'MedicalCondition' | 'Drug';
  name: string;
  alternateName?: string;
}

/**
 * The condition each topic is about, for schema.org `about`. Topics such as
 * "integration" describe care rather than a condition, so they have no entry. The
 * topics file has no place for this yet, so the web site keeps the table.
 */
const conditionsByTopic: Record<string, MedicalSubject> = {
  ptsd: { '@type': 'MedicalCondition', name: 'Post-traumatic stress disorder', alternateName: 'PTSD' },
  depression: { '@type': 'MedicalCondition', name: 'Treatment-resistant depression', alternateName: 'TRD' },
};

/** Every article on this site is about ketamine, given with psychotherapy. */
const ketamine: MedicalSubject = { '@type': 'Drug', name: 'Ketamine' };

/** What an article with these topics is about: its conditions, in topic order, then ketamine. */
export function medicalSubjects(topics: readonly string[]): MedicalSubject[] {
  const conditions = topics.map((topic) => conditionsByTopic[topic]).filter((subject) => subject !== undefined);
  return [...conditions, ketamine];
}
