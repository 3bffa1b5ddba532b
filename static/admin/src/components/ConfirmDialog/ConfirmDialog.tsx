import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import { Text } from '@atlaskit/primitives';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

/** Asks before something that cannot be undone with the Discard button alone. */
export function ConfirmDialog({
  isOpen,
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  return (
    <ModalTransition>
      {isOpen ? (
        <Modal onClose={onCancel} testId={testId} width="small">
          <ModalHeader>
            <ModalTitle appearance="warning">{title}</ModalTitle>
          </ModalHeader>
          <ModalBody>
            <Text as="p">{body}</Text>
          </ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onCancel} testId={`${testId}-cancel`}>
              Cancel
            </Button>
            <Button appearance="warning" onClick={onConfirm} testId={`${testId}-confirm`} autoFocus>
              {confirmLabel}
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
    </ModalTransition>
  );
}
