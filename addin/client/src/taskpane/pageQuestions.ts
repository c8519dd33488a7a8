// Questions raised at the session, kept in the page when there is no Word table to write them into.
import { OnTheSpotQuestion } from "../shared/apiTypes";
import { append, clear, el, on, show } from "../shared/dom";
import { F, S } from "../shared/strings";

/** Renders the list with a remove button per question; onRemove gets the index. */
export function renderPageQuestions(box: HTMLElement, list: HTMLElement, questions: OnTheSpotQuestion[], onRemove: (index: number) => void): void {
    clear(list);
    for (var i = 0; i < questions.length; i++) {
        var item = el("li", "page-question");
        var text = el("span", "page-question-text", F.pageQuestionLine(questions[i].classOrRoom, questions[i].content));
        var button = el("button", "link", S.remove) as HTMLButtonElement;
        button.type = "button";
        on(button, "click", removeAt(onRemove, i));
        append(item, [text, " ", button]);
        if (questions[i].answer) {
            item.appendChild(el("div", "page-question-answer", questions[i].answer));
        }
        list.appendChild(item);
    }
    show(box, questions.length > 0);
}

function removeAt(onRemove: (index: number) => void, index: number): () => void {
    return function (): void {
        onRemove(index);
    };
}
