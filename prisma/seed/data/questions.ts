// The demo programmes' own application questions (lib/enrollment/questions.ts defines the shape):
// overseas study asks about language tests, experience and a statement; degree programmes about
// schooling and a statement. Reviewed programmes of those kinds get version 1 of these.
import type { QuestionSet } from "../../../lib/enrollment/questions";

export const overseasQuestions: QuestionSet = {
  steps: [
    {
      key: "language",
      title: { zh: "语言能力", en: "Language" },
      questions: [
        {
          key: "language-test", kind: "choice", required: true,
          label: { zh: "您参加过哪项英语考试？", en: "Which English test have you taken?" },
          options: [
            { value: "ielts", label: { zh: "雅思（IELTS）", en: "IELTS" } },
            { value: "toefl", label: { zh: "托福（TOEFL iBT）", en: "TOEFL iBT" } },
            { value: "cet6", label: { zh: "大学英语六级（CET-6）", en: "College English Test Band 6 (CET-6)" } },
            { value: "none", label: { zh: "尚未参加", en: "None yet" } },
          ],
        },
        {
          key: "ielts-score", kind: "number", required: true, min: 0, max: 9, integer: false, step: 0.5,
          when: { question: "language-test", in: ["ielts"] },
          label: { zh: "雅思总分", en: "IELTS overall band" },
          help: { zh: "例如 6.5", en: "For example 6.5" },
        },
        {
          key: "toefl-score", kind: "number", required: true, min: 0, max: 120, integer: true,
          when: { question: "language-test", in: ["toefl"] },
          label: { zh: "托福总分", en: "TOEFL iBT total score" },
        },
        {
          key: "cet6-score", kind: "number", required: true, min: 0, max: 710, integer: true,
          when: { question: "language-test", in: ["cet6"] },
          label: { zh: "六级总分", en: "CET-6 total score" },
        },
      ],
    },
    {
      key: "experience",
      title: { zh: "工作经历", en: "Experience" },
      questions: [
        {
          key: "years-experience", kind: "number", required: true, min: 0, max: 50, integer: true,
          label: { zh: "软件相关工作年限", en: "Years of software work" },
          unit: { zh: "年", en: "years" },
        },
        {
          key: "current-role", kind: "text", required: false, maxLength: 120,
          label: { zh: "目前的单位和职位", en: "Current employer and role" },
        },
      ],
    },
    {
      key: "statement",
      title: { zh: "个人陈述", en: "Statement" },
      questions: [
        {
          key: "statement", kind: "long-text", required: true, minLength: 50, maxLength: 2000,
          label: { zh: "您希望通过这次进修学到什么？回来后打算如何运用？", en: "What do you hope to learn on this programme, and how will you use it when you return?" },
        },
      ],
    },
  ],
};

export const degreeQuestions: QuestionSet = {
  steps: [
    {
      key: "education",
      title: { zh: "学历背景", en: "Education" },
      questions: [
        {
          key: "highest-education", kind: "choice", required: true,
          label: { zh: "最高学历", en: "Highest education completed" },
          options: [
            { value: "secondary", label: { zh: "高中", en: "Upper secondary school" } },
            { value: "vocational", label: { zh: "中等职业学校", en: "Secondary vocational school" } },
            { value: "associate", label: { zh: "大专", en: "Associate degree" } },
            { value: "bachelor", label: { zh: "本科及以上", en: "Bachelor's degree or higher" } },
          ],
        },
        {
          key: "graduation-year", kind: "number", required: true, min: 1970, max: 2027, integer: true,
          label: { zh: "毕业年份", en: "Year of graduation" },
        },
      ],
    },
    {
      key: "statement",
      title: { zh: "个人陈述", en: "Statement" },
      questions: [
        {
          key: "statement", kind: "long-text", required: true, minLength: 30, maxLength: 1500,
          label: { zh: "您为什么选择这个专业？", en: "Why do you want to study this programme?" },
        },
      ],
    },
  ],
};
